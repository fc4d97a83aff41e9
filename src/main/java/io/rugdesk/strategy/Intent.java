package io.rugdesk.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a strategy wants done: buy {@code amount} SOL of tokens, sell {@code percent} (a whole 1–100) of the
 * position, or place a sidebet of {@code amount} SOL, with a short {@code reason} shown in logs and reports.
 * The factories reject nonsense (a non-positive amount, a percent outside 1–100) with an exception naming it.
 */
public record Intent(Kind kind, BigDecimal amount, int percent, String reason) {

    /** What the intent asks for. */
    public enum Kind { BUY, SELL, SIDEBET }

    public Intent {
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
        if (kind == Kind.SELL) {
            if (percent < 1 || percent > 100) {
                throw new IllegalArgumentException("sell percent must be a whole number from 1 to 100, was "
                        + percent);
            }
            amount = null;
        } else {
            if (amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException(kind.name().toLowerCase(java.util.Locale.ROOT)
                        + " amount must be a positive number of SOL, was " + amount);
            }
            percent = 0;
        }
    }

    public static Intent buy(BigDecimal sol, String reason) {
        return new Intent(Kind.BUY, sol, 0, reason);
    }

    public static Intent sell(int percent, String reason) {
        return new Intent(Kind.SELL, null, percent, reason);
    }

    public static Intent sidebet(BigDecimal sol, String reason) {
        return new Intent(Kind.SIDEBET, sol, 0, reason);
    }

    @Override
    public String toString() {
        String what = kind == Kind.SELL ? "sell " + percent + " %" : kind.name().toLowerCase(java.util.Locale.ROOT)
                + " " + amount.toPlainString() + " SOL";
        return reason.isEmpty() ? what : what + " (" + reason + ")";
    }
}
