package io.rugdesk.exchange;

import java.math.BigDecimal;

/**
 * A placed sidebet (protocol.md §4.7): it wins iff the game rugs at a tick in {@code startTick…endTick}
 * ({@code endTick = startTick + 40}), paying 5× the stake. {@code price} is the price when placed, {@code placedAt}
 * the time the owner passed in (epoch millis, or 0 where there is no clock).
 */
public record Sidebet(String gameId, int startTick, int endTick, BigDecimal stake, BigDecimal price, long placedAt)
        implements OrderOutcome {

    /** True when a rug at {@code rugTick} wins this bet. */
    public boolean winsAt(int rugTick) {
        return rugTick <= endTick;
    }
}
