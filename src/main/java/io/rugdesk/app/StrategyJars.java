package io.rugdesk.app;

import io.rugdesk.strategy.StrategyCatalog;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * @throws IllegalArgumentException naming a jar that cannot be read
     * @throws io.rugdesk.strategy.StrategyConfigException when a declared factory cannot be loaded
     */
    public static StrategyCatalog catalog(List<Path> jars) {
        if (jars.isEmpty()) {
            return StrategyCatalog.builtIn();
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            if (!Files.isReadable(jar)) {
                throw new IllegalArgumentException("--strategy-jar " + jar + " cannot be read");
            }
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--strategy-jar " + jar + " is not a valid path: " + e.getMessage());
            }
        }
        return StrategyCatalog.withServices(new URLClassLoader(urls.toArray(new URL[0]),
                StrategyJars.class.getClassLoader()));
    }
}
