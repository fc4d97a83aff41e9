package io.rugdesk.risk;

import java.math.BigDecimal;

/**
 * Checks each order against the {@link RiskLimits} before it reaches the exchange or the server. Pure apart from
 * what it is told: the caller passes the realised P&amp;L of the session (and of the local day), the SOL at cost
 * held, the cash and the time, and reports each finished game ({@link #gameEnded}) for the losing streak. Sells
 * always pass. Once a stopping limit (session loss, daily loss, losing streak) is reached or the emergency stop is
 * pulled, {@link #stoppedBy()} names it (the first one) until {@link #rearm()}. The time of the last buy or
 * sidebet that passed is kept for the minimum interval between orders. Thread: the owner's.
 */
public final class RiskGuard {

    /** The kinds of order a guard sees. */
    public enum Order { BUY, SELL, SIDEBET }

    /**
     * What a check needs to know. {@code realizedDayPnl}, {@code cash}: null when unknown (the daily loss and
     * keep-balance limits then do not apply); {@code nowMillis}: negative when there is no clock (backtests).
     */
    public record Exposure(BigDecimal realizedSessionPnl, BigDecimal realizedDayPnl, BigDecimal positionAtCost,
                           BigDecimal cash, long nowMillis) {
    }

    private final RiskLimits limits;
    private int losingStreak;
    private RiskReason stoppedBy;
    private long lastOrderMillis = Long.MIN_VALUE;

    public RiskGuard(RiskLimits limits) {
        this.limits = limits;
    }

    public RiskLimits limits() {
        return limits;
    }

    /**
     * Null when {@code order} of {@code amount} SOL may go ahead, else the refusal. {@code realizedSessionPnl}:
     * realised P&amp;L of the session so far (finished games plus what this game realised);
     * {@code positionAtCost}: SOL paid for the tokens held now.
     */
    public RiskRefusal check(Order order, BigDecimal amount, BigDecimal realizedSessionPnl,
            BigDecimal positionAtCost) {
        return check(order, amount, new Exposure(realizedSessionPnl, null, positionAtCost, null, -1));
    }

    /** Null when {@code order} of {@code amount} SOL may go ahead, else the refusal. */
    public RiskRefusal check(Order order, BigDecimal amount, Exposure exposure) {
        if (order == Order.SELL) {
            return null;
        }
        observe(exposure.realizedSessionPnl(), exposure.realizedDayPnl());
        if (stoppedBy != null) {
            return new RiskRefusal(stoppedBy, stoppedMessage(exposure));
        }
        RiskRefusal refusal = perOrder(order, amount, exposure);
        if (refusal == null && exposure.nowMillis() >= 0) {
            lastOrderMillis = exposure.nowMillis();
        }
        return refusal;
    }

    private String stoppedMessage(Exposure exposure) {
        return switch (stoppedBy) {
            case MAX_SESSION_LOSS -> "Refused: the session loss limit of " + sol(limits.maxSessionLoss())
                    + " SOL is reached (realised " + sol(exposure.realizedSessionPnl()) + " SOL).";
            case MAX_DAILY_LOSS -> "Refused: the daily loss limit of " + sol(limits.maxDailyLoss())
                    + " SOL is reached" + (exposure.realizedDayPnl() == null ? "."
                    : " (realised today " + sol(exposure.realizedDayPnl()) + " SOL).");
            case STOP_AFTER_LOSSES -> "Refused: " + limits.stopAfterLosses()
                    + " losing games in a row; trading stopped.";
            case EMERGENCY_STOP -> "Refused: the emergency stop is on; re-arm to trade again.";
            default -> "Refused: " + stoppedBy.option() + " is reached.";
        };
    }

    private RiskRefusal perOrder(Order order, BigDecimal amount, Exposure exposure) {
        if (order == Order.BUY && limits.maxBuy() != null && amount.compareTo(limits.maxBuy()) > 0) {
            return new RiskRefusal(RiskReason.MAX_BUY, "Refused: a buy of " + sol(amount)
                    + " SOL is above the limit of " + sol(limits.maxBuy()) + " SOL per buy.");
        }
        if (order == Order.SIDEBET && limits.maxSidebet() != null && amount.compareTo(limits.maxSidebet()) > 0) {
            return new RiskRefusal(RiskReason.MAX_SIDEBET, "Refused: a sidebet of " + sol(amount)
                    + " SOL is above the limit of " + sol(limits.maxSidebet()) + " SOL per sidebet.");
        }
        if (order == Order.BUY && limits.maxPosition() != null
                && exposure.positionAtCost().add(amount).compareTo(limits.maxPosition()) > 0) {
            return new RiskRefusal(RiskReason.MAX_POSITION, "Refused: buying " + amount.toPlainString()
                    + " SOL would hold " + sol(exposure.positionAtCost().add(amount))
                    + " SOL at cost, above the position limit of " + limits.maxPosition().toPlainString() + " SOL.");
        }
        if (limits.keepAtLeast() != null && exposure.cash() != null
                && exposure.cash().subtract(amount).compareTo(limits.keepAtLeast()) < 0) {
            return new RiskRefusal(RiskReason.KEEP_BALANCE, "Refused: " + sol(amount) + " SOL would leave "
                    + sol(exposure.cash().subtract(amount)) + " SOL, below the " + sol(limits.keepAtLeast())
                    + " SOL to keep.");
        }
        if (limits.minOrderInterval() != null && exposure.nowMillis() >= 0 && lastOrderMillis != Long.MIN_VALUE) {
            long waited = exposure.nowMillis() - lastOrderMillis;
            if (waited < limits.minOrderInterval().toMillis()) {
                return new RiskRefusal(RiskReason.MIN_ORDER_INTERVAL, "Refused: only " + seconds(waited)
                        + " s since the last order; the limit is one every "
                        + seconds(limits.minOrderInterval().toMillis()) + " s.");
            }
        }
        return null;
    }

    /** A game ended with {@code pnl} (traded: the player bought or bet in it); the session total after it. */
    public void gameEnded(BigDecimal pnl, boolean traded, BigDecimal realizedSessionPnl) {
        gameEnded(pnl, traded, realizedSessionPnl, null);
    }

    /** As {@link #gameEnded(BigDecimal, boolean, BigDecimal)}, with the day's realised total (null: unknown). */
    public void gameEnded(BigDecimal pnl, boolean traded, BigDecimal realizedSessionPnl, BigDecimal realizedDayPnl) {
        if (traded) {
            losingStreak = pnl.signum() < 0 ? losingStreak + 1 : pnl.signum() > 0 ? 0 : losingStreak;
        }
        if (stoppedBy == null && limits.stopAfterLosses() != null && losingStreak >= limits.stopAfterLosses()) {
            stoppedBy = RiskReason.STOP_AFTER_LOSSES;
        }
        observe(realizedSessionPnl, realizedDayPnl);
    }

    private void observe(BigDecimal realizedSessionPnl, BigDecimal realizedDayPnl) {
        if (stoppedBy == null && limits.maxSessionLoss() != null
                && realizedSessionPnl.compareTo(limits.maxSessionLoss().negate()) <= 0) {
            stoppedBy = RiskReason.MAX_SESSION_LOSS;
        }
        if (stoppedBy == null && limits.maxDailyLoss() != null && realizedDayPnl != null
                && realizedDayPnl.compareTo(limits.maxDailyLoss().negate()) <= 0) {
            stoppedBy = RiskReason.MAX_DAILY_LOSS;
        }
    }

    /** The emergency stop: no new buy or sidebet until {@link #rearm()}. */
    public void emergencyStop() {
        stoppedBy = RiskReason.EMERGENCY_STOP;
    }

    /** The limit that stopped new orders, or null. */
    public RiskReason stoppedBy() {
        return stoppedBy;
    }

    public int losingStreak() {
        return losingStreak;
    }

    /** The user re-arms: new orders pass again until a limit is reached anew; the losing streak restarts. */
    public void rearm() {
        stoppedBy = null;
        losingStreak = 0;
    }

    static String sol(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
