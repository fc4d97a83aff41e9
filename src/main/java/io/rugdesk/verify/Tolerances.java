package io.rugdesk.verify;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Largest difference per field that still counts as dust (WITHIN_TOLERANCE rather than DRIFT). */
public final class Tolerances {

    /** 0.000001 SOL (or tokens, or multiplier units for avgCost). */
    public static final BigDecimal DEFAULT = new BigDecimal("0.000001");

    private final Map<StateField, BigDecimal> byField;

    private Tolerances(Map<StateField, BigDecimal> byField) {
        this.byField = byField;
    }

    /** {@link #DEFAULT} for every field. */
    public static Tolerances defaults() {
        return uniform(DEFAULT);
    }

    public static Tolerances uniform(BigDecimal tolerance) {
        Map<StateField, BigDecimal> map = new EnumMap<>(StateField.class);
        for (StateField field : StateField.values()) {
            map.put(field, requireNonNegative(tolerance));
        }
        return new Tolerances(map);
    }

    /** A copy with {@code field}'s tolerance replaced. */
    public Tolerances with(StateField field, BigDecimal tolerance) {
        Map<StateField, BigDecimal> map = new EnumMap<>(byField);
        map.put(Objects.requireNonNull(field, "field"), requireNonNegative(tolerance));
        return new Tolerances(map);
    }

    public BigDecimal of(StateField field) {
        return byField.get(field);
    }

    private static BigDecimal requireNonNegative(BigDecimal tolerance) {
        if (tolerance == null || tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must be zero or positive: " + tolerance);
        }
        return tolerance;
    }
}
