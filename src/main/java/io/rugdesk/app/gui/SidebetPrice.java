package io.rugdesk.app.gui;

import io.rugdesk.ui.GameBoard.SidebetOdds;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The price of a sidebet placed now, exactly, from the price model (protocol.md §4.3, §4.7): the rug draw
 * {@code r < 0.005} is made at every step whatever the price or the history, so a bet wins (the game rugs within
 * its 40-tick window, rug tick ≤ end) with probability 1 − 0.995^40 wherever it starts, and pays 5× the stake.
 * 0.995^40 is computed with BigDecimal exactly (81 decimals); the expectation per SOL staked is
 * winChance × 5 − 1. Not modelled: the 5,000-tick cap of a game (a window over it cannot lose, protocol.md §4.3),
 * which no real game has come near. Thread: any (constants).
 */
final class SidebetPrice {

    /** Chance of the rug at each step (protocol.md §4.3, step 1). */
    static final BigDecimal RUG_PER_TICK = new BigDecimal("0.005");
    /** Ticks in a sidebet's window: {@code end = startTick + 40} (§4.7). */
    static final int WINDOW_TICKS = 40;
    /** A won bet pays 5× the stake (profit 4×). */
    static final BigDecimal PAYOUT = new BigDecimal("5");

    static final SidebetOdds ODDS = odds();

    private SidebetPrice() {
    }

    private static SidebetOdds odds() {
        BigDecimal survivesAll = BigDecimal.ONE.subtract(RUG_PER_TICK).pow(WINDOW_TICKS, MathContext.UNLIMITED);
        BigDecimal winChance = BigDecimal.ONE.subtract(survivesAll);
        BigDecimal expectation = winChance.multiply(PAYOUT).subtract(BigDecimal.ONE);
        return new SidebetOdds(WINDOW_TICKS, PAYOUT, winChance, expectation);
    }
}
