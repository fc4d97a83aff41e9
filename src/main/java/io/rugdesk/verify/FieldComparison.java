package io.rugdesk.verify;

import java.math.BigDecimal;

/** One compared field: local and server values, {@code difference} = server − local, and the verdict. */
public record FieldComparison(StateField field, BigDecimal local, BigDecimal server, BigDecimal difference,
                              BigDecimal tolerance) {

    public boolean equal() {
        return difference.signum() == 0;
    }

    public boolean withinTolerance() {
        return difference.abs().compareTo(tolerance) <= 0;
    }
}
