package io.rugdesk.app;

import io.rugdesk.strategy.StrategyCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The strategy options {@code backtest} and {@code bot} share ({@code --strategy}, {@code --param},
 * {@code --strategy-jar}) and their one reading into a configured strategy. A picocli mixin.
 *
 * <p>Thread: the command's main thread.
 */
final class StrategyOptions {

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "fixed-ticks, take-profit, sidebet-every, noop, or one from --strategy-jar")
    String strategy;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a strategy parameter (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--strategy-jar", paramLabel = "JAR", description = "a jar declaring strategies (repeatable)")
    List<Path> jars = new ArrayList<>();

    /**
     * The named strategy with its parameters, from the built-in catalog or the given jars.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    StrategyCatalog.ConfiguredStrategy configure() {
        StrategyCatalog catalog = StrategyJars.catalog(jars);
        Map<String, String> given = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param must be KEY=VALUE, not '" + param + "'");
            }
            given.put(param.substring(0, eq).trim(), param.substring(eq + 1));
        }
        return catalog.configure(strategy, given);
    }
}
