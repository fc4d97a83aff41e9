package io.rugdesk.risk;

import java.math.BigDecimal;

/**
 * Checks each order against the {@link RiskLimits} before it reaches the exchange or the server. Pure apart from
 * what it is told: the caller passes the session's realised P&amp;L and the SOL at cost held, and reports each
 * finished game ({@link #gameEnded}) for the losing streak. Sells always pass. Once the session loss or the
 * losing streak limit is reached, {@link #stoppedBy()} names it (the first one reached) until {@link #rearm()}.
 * Thread: the owner's.
 */
public final class RiskGuard {

    /** The kinds of order a guard sees. */
    public enum Order { BUY, SELL, SIDEBET }

    private final RiskLimits limits;
    private int losingStreak;
    private RiskReason stoppedBy;

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
        if (order == Order.SELL) {
            return null;
        }
        observe(realizedSessionPnl);
        if (stoppedBy == RiskReason.MAX_SESSION_LOSS) {
            return new RiskRefusal(RiskReason.MAX_SESSION_LOSS, "Refused: the session loss limit of "
                    + limits.maxSessionLoss().toPlainString() + " SOL is reached (realised "
                    + realizedSessionPnl.stripTrailingZeros().toPlainString() + " SOL).");
        }
        if (stoppedBy == RiskReason.STOP_AFTER_LOSSES) {
            return new RiskRefusal(RiskReason.STOP_AFTER_LOSSES, "Refused: " + limits.stopAfterLosses()
                    + " losing games in a row; trading stopped.");
        }
        if (order == Order.BUY && limits.maxPosition() != null
                && positionAtCost.add(amount).compareTo(limits.maxPosition()) > 0) {
            return new RiskRefusal(RiskReason.MAX_POSITION, "Refused: buying " + amount.toPlainString()
                    + " SOL would hold " + positionAtCost.add(amount).stripTrailingZeros().toPlainString()
                    + " SOL at cost, above the position limit of " + limits.maxPosition().toPlainString() + " SOL.");
        }
        return null;
    }

    /** A game ended with {@code pnl} (traded: the player bought or bet in it); the session total after it. */
    public void gameEnded(BigDecimal pnl, boolean traded, BigDecimal realizedSessionPnl) {
        if (traded) {
            losingStreak = pnl.signum() < 0 ? losingStreak + 1 : pnl.signum() > 0 ? 0 : losingStreak;
        }
        if (stoppedBy == null && limits.stopAfterLosses() != null && losingStreak >= limits.stopAfterLosses()) {
            stoppedBy = RiskReason.STOP_AFTER_LOSSES;
        }
        observe(realizedSessionPnl);
    }

    private void observe(BigDecimal realizedSessionPnl) {
        if (stoppedBy == null && limits.maxSessionLoss() != null
                && realizedSessionPnl.compareTo(limits.maxSessionLoss().negate()) <= 0) {
            stoppedBy = RiskReason.MAX_SESSION_LOSS;
        }
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
}
