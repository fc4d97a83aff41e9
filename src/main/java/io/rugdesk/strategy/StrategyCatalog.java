package io.rugdesk.strategy;

import io.rugdesk.strategy.builtin.FixedTicks;
import io.rugdesk.strategy.builtin.Noop;
import io.rugdesk.strategy.builtin.SidebetEvery;
import io.rugdesk.strategy.builtin.TakeProfit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The strategies known by name: the built-ins, then every {@link StrategyFactory} that {@link ServiceLoader}
 * finds through a class loader (the application's, or one over {@code --strategy-jar} files). A name defined twice
 * keeps its first definition (built-ins win).
 */
public final class StrategyCatalog {

    private final Map<String, StrategyFactory> factories;

    private StrategyCatalog(Map<String, StrategyFactory> factories) {
        this.factories = Collections.unmodifiableMap(factories);
    }

    /** The built-in strategies only. */
    public static StrategyCatalog builtIn() {
        Map<String, StrategyFactory> map = new LinkedHashMap<>();
        for (StrategyFactory f : List.of(new FixedTicks(), new TakeProfit(), new SidebetEvery(), new Noop())) {
            map.put(f.name(), f);
        }
        return new StrategyCatalog(map);
    }

    /** The built-ins plus every factory {@code loader} declares; a broken declaration throws, naming it. */
    public static StrategyCatalog withServices(ClassLoader loader) {
        Map<String, StrategyFactory> map = new LinkedHashMap<>(builtIn().factories);
        try {
            for (StrategyFactory f : ServiceLoader.load(StrategyFactory.class, loader)) {
                map.putIfAbsent(f.name(), f);
            }
        } catch (ServiceConfigurationError broken) {
            throw new StrategyConfigException("a strategy jar declares a factory that cannot be loaded: "
                    + broken.getMessage());
        }
        return new StrategyCatalog(map);
    }

    public List<StrategyFactory> all() {
        return new ArrayList<>(factories.values());
    }

    /** The factory called {@code name}, or an exception listing the known names. */
    public StrategyFactory find(String name) {
        StrategyFactory factory = factories.get(name);
        if (factory == null) {
            throw new StrategyConfigException("unknown strategy '" + name + "' (known: "
                    + String.join(", ", factories.keySet()) + ")");
        }
        return factory;
    }

    /**
     * Checks a strategy and its parameters before anything runs: the returned setup makes instances; building one
     * here also runs the factory's cross-parameter checks.
     */
    public ConfiguredStrategy configure(String name, Map<String, String> parameters) {
        StrategyFactory factory = find(name);
        StrategyParameters checked = StrategyParameters.parse(factory, parameters);
        factory.create(checked, new java.util.Random(0));
        return new ConfiguredStrategy(factory, checked);
    }

    /** A factory with checked parameters. */
    public record ConfiguredStrategy(StrategyFactory factory, StrategyParameters parameters) {

        public Strategy newInstance(java.util.Random random) {
            return factory.create(parameters, random);
        }

        public String name() {
            return factory.name();
        }
    }
}
