package io.rugdesk.game;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one sidebet a player may have open (protocol.md §4.7): it wins {@code xPayout} × {@code amount} iff the
 * game rugs at a tick ≤ {@code endTick}; otherwise it is lost when the window expires.
 */
public record OpenSidebet(int startTick, int endTick, BigDecimal amount, BigDecimal xPayout) {

    /** Ticks a sidebet window spans. */
    public static final int WINDOW_TICKS = 40;

    /** The only payout multiplier ever observed. */
    public static final BigDecimal X_PAYOUT = BigDecimal.valueOf(5);

    public OpenSidebet {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(xPayout, "xPayout");
    }

    /** A sidebet placed at {@code startTick} with the standard 40-tick window and 5× payout. */
    public static OpenSidebet placedAt(int startTick, BigDecimal amount) {
        return new OpenSidebet(startTick, startTick + WINDOW_TICKS, amount, X_PAYOUT);
    }

    /** Whether a rug at {@code rugTick} wins this bet (inclusive end). */
    public boolean winsAt(int rugTick) {
        return rugTick <= endTick;
    }

    /** What a win pays back (stake included). */
    public BigDecimal payout() {
        return Money.floor9(amount.multiply(xPayout));
    }
}
