package io.rugdesk.exchange;

import java.math.BigDecimal;

/**
 * A settled sidebet: won at the rug ({@code tick} = rug tick, {@code payout} = 5× stake) or lost when its window
 * expired ({@code tick} = its end tick, the first running tick at which the rug can no longer fall inside the
 * window, or the rug tick of a game that rugged later; payout 0).
 */
public record SidebetSettled(Sidebet bet, boolean won, int tick, BigDecimal payout) {

    /** Payout minus stake. */
    public BigDecimal profit() {
        return payout.subtract(bet.stake());
    }
}
