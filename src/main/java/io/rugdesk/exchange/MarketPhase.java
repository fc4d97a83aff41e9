package io.rugdesk.exchange;

/** The phases that matter to orders (protocol.md §4.1). */
public enum MarketPhase {
    /** No game accepts orders (cooldown/settlement, or nothing running). */
    CLOSED,
    /** Buys and sidebets at price 1.0 on tick 0; no sells. */
    PRESALE,
    /** Ticks are running: every order at the tick's price. */
    ACTIVE,
    /** The game rugged: no orders. */
    RUGGED
}
