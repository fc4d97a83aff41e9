package io.rugdesk.app;

import io.rugdesk.strategy.StrategyCatalog;
import io.rugdesk.strategy.StrategyFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Strategy jars ({@code --strategy-jar}, "Load strategy jar…" of the Backtest window and of the Strategy panel):
 * the built-in strategies plus every {@code StrategyFactory} the jars declare in {@code META-INF/services}
 * ({@code ServiceLoader}). Here and not in {@code strategy}, which may not touch files. Thread: any.
 */
public final class StrategyJars {

    private StrategyJars() {
    }

    /**
     * The catalog of the built-ins and {@code jars} (none: the built-ins).
     *
     * @throws IllegalArgumentException naming a jar that cannot be read or is not a jar
     * @throws io.rugdesk.strategy.StrategyConfigException when a declared factory cannot be loaded
     */
    public static StrategyCatalog catalog(List<Path> jars) {
        if (jars.isEmpty()) {
            return StrategyCatalog.builtIn();
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            if (!Files.isReadable(jar)) {
                throw new IllegalArgumentException("the strategy jar " + jar + " cannot be read");
            }
            // the class loader skips a file it cannot open without a word: the jar would just bring nothing
            try {
                new JarFile(jar.toFile()).close();
                urls.add(jar.toUri().toURL());
            } catch (IOException e) {
                throw new IllegalArgumentException("the strategy jar " + jar + " is not a jar (zip) file: "
                        + e.getMessage());
            }
        }
        return StrategyCatalog.withServices(new URLClassLoader(urls.toArray(new URL[0]),
                StrategyJars.class.getClassLoader()));
    }

    /** The names {@code after} has that {@code before} had not, in {@code after}'s order. */
    public static List<String> added(StrategyCatalog before, StrategyCatalog after) {
        List<String> known = before.all().stream().map(StrategyFactory::name).toList();
        return after.all().stream().map(StrategyFactory::name).filter(name -> !known.contains(name)).toList();
    }
}
