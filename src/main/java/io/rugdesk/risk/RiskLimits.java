package io.rugdesk.risk;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The limits, each optional (null: none). {@code maxSessionLoss}: no new buy or sidebet once the realised P&amp;L
 * of the session is ≤ −limit; {@code maxDailyLoss}: the same for the local day. {@code maxPosition}: no buy that
 * would make the SOL paid for the tokens held exceed it. {@code stopAfterLosses}: no new buy or sidebet after that
 * many losing games in a row. {@code maxBuy}, {@code maxSidebet}: the largest single buy and sidebet stake.
 * {@code minOrderInterval}: the least time between two accepted buys or sidebets. {@code keepAtLeast}: no buy or
 * sidebet that would leave less cash than this. Sells are never limited, so a position can always be closed.
 */
public record RiskLimits(BigDecimal maxSessionLoss, BigDecimal maxPosition, Integer stopAfterLosses,
                         BigDecimal maxBuy, BigDecimal maxSidebet, BigDecimal maxDailyLoss,
                         Duration minOrderInterval, BigDecimal keepAtLeast) {

    public static final RiskLimits NONE = new RiskLimits(null, null, null);

    public RiskLimits {
        positive("max-session-loss", maxSessionLoss);
        positive("max-position", maxPosition);
        positive("max-buy", maxBuy);
        positive("max-sidebet", maxSidebet);
        positive("max-daily-loss", maxDailyLoss);
        if (keepAtLeast != null && keepAtLeast.signum() < 0) {
            throw new IllegalArgumentException("keep-balance must be 0 or more SOL, was "
                    + keepAtLeast.toPlainString());
        }
        if (stopAfterLosses != null && stopAfterLosses < 1) {
            throw new IllegalArgumentException("stop-after-losses must be 1 or more, was " + stopAfterLosses);
        }
        if (minOrderInterval != null && (minOrderInterval.isNegative() || minOrderInterval.isZero())) {
            throw new IllegalArgumentException("min-order-interval must be above 0 seconds, was "
                    + minOrderInterval.toMillis() / 1000.0);
        }
    }

    /** The backtest's three limits. */
    public RiskLimits(BigDecimal maxSessionLoss, BigDecimal maxPosition, Integer stopAfterLosses) {
        this(maxSessionLoss, maxPosition, stopAfterLosses, null, null, null, null, null);
    }

    private static void positive(String option, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw new IllegalArgumentException(option + " must be a positive amount of SOL, was "
                    + value.toPlainString());
        }
    }

    /** True when a limit ties the games of a session together (they must then run in order). */
    public boolean sessionLevel() {
        return maxSessionLoss != null || stopAfterLosses != null || maxDailyLoss != null || keepAtLeast != null;
    }

    public RiskLimits withMaxSessionLoss(BigDecimal value) {
        return new RiskLimits(value, maxPosition, stopAfterLosses, maxBuy, maxSidebet, maxDailyLoss,
                minOrderInterval, keepAtLeast);
    }

    public RiskLimits withMaxPosition(BigDecimal value) {
        return new RiskLimits(maxSessionLoss, value, stopAfterLosses, maxBuy, maxSidebet, maxDailyLoss,
                minOrderInterval, keepAtLeast);
    }

    public RiskLimits withStopAfterLosses(Integer value) {
        return new RiskLimits(maxSessionLoss, maxPosition, value, maxBuy, maxSidebet, maxDailyLoss,
                minOrderInterval, keepAtLeast);
    }

    public RiskLimits withMaxBuy(BigDecimal value) {
        return new RiskLimits(maxSessionLoss, maxPosition, stopAfterLosses, value, maxSidebet, maxDailyLoss,
                minOrderInterval, keepAtLeast);
    }

    public RiskLimits withMaxSidebet(BigDecimal value) {
        return new RiskLimits(maxSessionLoss, maxPosition, stopAfterLosses, maxBuy, value, maxDailyLoss,
                minOrderInterval, keepAtLeast);
    }

    public RiskLimits withMaxDailyLoss(BigDecimal value) {
        return new RiskLimits(maxSessionLoss, maxPosition, stopAfterLosses, maxBuy, maxSidebet, value,
                minOrderInterval, keepAtLeast);
    }

    public RiskLimits withMinOrderInterval(Duration value) {
        return new RiskLimits(maxSessionLoss, maxPosition, stopAfterLosses, maxBuy, maxSidebet, maxDailyLoss,
                value, keepAtLeast);
    }

    public RiskLimits withKeepAtLeast(BigDecimal value) {
        return new RiskLimits(maxSessionLoss, maxPosition, stopAfterLosses, maxBuy, maxSidebet, maxDailyLoss,
                minOrderInterval, value);
    }
}
