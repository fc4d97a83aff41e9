package io.rugdesk.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One parameter a strategy takes: its name, kind of value, default ({@code null}: required, unless
 * {@code optional}), and what it does. Values arrive as text ({@code --param name=value}) and are checked here.
 */
public record ParameterSpec(String name, Type type, String defaultValue, boolean optional, String description) {

    /** The kinds of value, with what each accepts. */
    public enum Type {
        /** A tick number: a whole number ≥ 0. */
        TICK("a whole number of ticks, 0 or more"),
        /** A count: a whole number ≥ 1. */
        COUNT("a whole number, 1 or more"),
        /** SOL: a positive decimal with at most 9 decimals. */
        SOL("a positive amount of SOL with at most 9 decimals"),
        /** A whole percent from 1 to 100. */
        PERCENT("a whole percent from 1 to 100"),
        /** A positive decimal (a multiple of a price). */
        RATIO("a positive decimal number");

        private final String accepts;

        Type(String accepts) {
            this.accepts = accepts;
        }

        public String accepts() {
            return accepts;
        }
    }

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    public static ParameterSpec tick(String name, String defaultValue, String description) {
        return new ParameterSpec(name, Type.TICK, defaultValue, false, description);
    }

    public static ParameterSpec count(String name, String defaultValue, String description) {
        return new ParameterSpec(name, Type.COUNT, defaultValue, false, description);
    }

    public static ParameterSpec sol(String name, String defaultValue, String description) {
        return new ParameterSpec(name, Type.SOL, defaultValue, false, description);
    }

    public static ParameterSpec percent(String name, String defaultValue, String description) {
        return new ParameterSpec(name, Type.PERCENT, defaultValue, false, description);
    }

    public static ParameterSpec ratio(String name, String defaultValue, String description) {
        return new ParameterSpec(name, Type.RATIO, defaultValue, false, description);
    }

    /** The same parameter, but one that may be left out (no default). */
    public ParameterSpec optionalValue() {
        return new ParameterSpec(name, type, null, true, description);
    }

    public boolean required() {
        return defaultValue == null && !optional;
    }

    /** Checks {@code text} and returns its value (BigDecimal for every type; whole for TICK, COUNT, PERCENT). */
    BigDecimal parse(String strategy, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException notANumber) {
            throw bad(strategy, text);
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        boolean ok = switch (type) {
            case TICK -> whole && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
            case COUNT -> whole && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
            case SOL -> value.signum() > 0 && value.stripTrailingZeros().scale() <= 9;
            case PERCENT -> whole && value.compareTo(BigDecimal.ONE) >= 0
                    && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            case RATIO -> value.signum() > 0;
        };
        if (!ok) {
            throw bad(strategy, text);
        }
        return value;
    }

    private StrategyConfigException bad(String strategy, String text) {
        return new StrategyConfigException("strategy " + strategy + ": parameter " + name + " must be "
                + type.accepts() + ", not '" + text + "'");
    }
}
