package io.rugdesk.app.gui;

import io.rugdesk.strategy.GameStart;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.ParameterSpec;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.StrategyFactory;
import io.rugdesk.strategy.StrategyParameters;
import io.rugdesk.strategy.TickView;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A strategy that only a jar declares ({@link #jar} puts this class and a {@code META-INF/services} file into a
 * temporary jar, for the Backtest window's and the Strategy panel's "Load strategy jar…"): one 0.01 SOL sidebet on
 * the first tick of each game.
 */
public final class OneSidebetForTheJarTest implements StrategyFactory {

    static final String NAME = "one-sidebet-from-a-jar";

    /**
     * Writes {@code jar} holding this class's compiled classes and a services file declaring {@code factory} (this
     * class's name, or one the jar lacks, to make a broken jar).
     */
    static Path jar(Path jar, String factory) throws IOException {
        String classFile = OneSidebetForTheJarTest.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.rugdesk.strategy.StrategyFactory"));
            out.write((factory + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (String name : new String[] {classFile, classFile.replace(".class", "$1.class")}) {
                out.putNextEntry(new JarEntry(name));
                try (var in = OneSidebetForTheJarTest.class.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "One 0.01 SOL sidebet on the first tick of each game (a test strategy loaded from a jar).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Strategy create(StrategyParameters p, Random random) {
        return new Strategy() {
            private boolean placed;

            @Override
            public void onGameStart(GameStart start) {
                placed = false;
            }

            @Override
            public List<Intent> onTick(TickView view) {
                if (placed) {
                    return List.of();
                }
                placed = true;
                return List.of(Intent.sidebet(new BigDecimal("0.01"), "first tick"));
            }
        };
    }
}
