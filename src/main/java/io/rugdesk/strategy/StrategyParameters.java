package io.rugdesk.strategy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checked parameters of one strategy: every given value parsed by its {@link ParameterSpec}, defaults filled
 * in. {@link #asText()} is what a report prints (in the order the strategy declares them).
 */
public final class StrategyParameters {

    private final String strategy;
    private final Map<String, BigDecimal> values;
    private final Map<String, String> text;

    private StrategyParameters(String strategy, Map<String, BigDecimal> values, Map<String, String> text) {
        this.strategy = strategy;
        this.values = values;
        this.text = Collections.unmodifiableMap(text);
    }

    /**
     * Checks {@code given} (name → text) against the factory's parameters: an unknown name, a malformed or
     * out-of-range value, or a missing required one throws a {@link StrategyConfigException} naming it.
     */
    public static StrategyParameters parse(StrategyFactory factory, Map<String, String> given) {
        List<ParameterSpec> specs = factory.parameters();
        for (String name : given.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(name))) {
                throw new StrategyConfigException("strategy " + factory.name() + " has no parameter '" + name
                        + "' (its parameters: " + (specs.isEmpty() ? "none" : specs.stream()
                        .map(ParameterSpec::name).collect(Collectors.joining(", "))) + ")");
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            String value = given.containsKey(spec.name()) ? given.get(spec.name()) : spec.defaultValue();
            if (value == null) {
                if (spec.required()) {
                    throw new StrategyConfigException("strategy " + factory.name() + " needs parameter "
                            + spec.name() + " (" + spec.type().accepts() + "): " + spec.description());
                }
                continue;
            }
            values.put(spec.name(), spec.parse(factory.name(), value));
            text.put(spec.name(), value.trim());
        }
        return new StrategyParameters(factory.name(), values, text);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public BigDecimal decimal(String name) {
        BigDecimal value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("strategy " + strategy + " has no value for " + name);
        }
        return value;
    }

    /** A TICK, COUNT or PERCENT parameter as an int. */
    public int integer(String name) {
        return decimal(name).intValueExact();
    }

    /** The values as given or defaulted, in declaration order. */
    public Map<String, String> asText() {
        return text;
    }

    /** A cross-parameter rule failed: the message names the parameters. */
    public StrategyConfigException invalid(String message) {
        return new StrategyConfigException("strategy " + strategy + ": " + message);
    }
}
