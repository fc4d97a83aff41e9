package io.rugdesk.risk;

import java.math.BigDecimal;

/**
 * The limits, each optional (null: none). {@code maxSessionLoss}: no new buy or sidebet once the realised P&amp;L
 * of the session is ≤ −limit. {@code maxPosition}: no buy that would make the SOL paid for the tokens held exceed
 * it. {@code stopAfterLosses}: no new buy or sidebet after that many losing games in a row.
 */
public record RiskLimits(BigDecimal maxSessionLoss, BigDecimal maxPosition, Integer stopAfterLosses) {

    public static final RiskLimits NONE = new RiskLimits(null, null, null);

    public RiskLimits {
        if (maxSessionLoss != null && maxSessionLoss.signum() <= 0) {
            throw new IllegalArgumentException("max-session-loss must be a positive amount of SOL, was "
                    + maxSessionLoss.toPlainString());
        }
        if (maxPosition != null && maxPosition.signum() <= 0) {
            throw new IllegalArgumentException("max-position must be a positive amount of SOL, was "
                    + maxPosition.toPlainString());
        }
        if (stopAfterLosses != null && stopAfterLosses < 1) {
            throw new IllegalArgumentException("stop-after-losses must be 1 or more, was " + stopAfterLosses);
        }
    }

    /** True when a limit ties the games of a session together (they must then run in order). */
    public boolean sessionLevel() {
        return maxSessionLoss != null || stopAfterLosses != null;
    }
}
