package io.rugdesk.game;

/** Game phase as derived from each {@code gameStateUpdate} (protocol.md §4.1). */
public enum Phase {
    /** Before the first decisive message. */
    UNKNOWN,
    /** New game announced, {@code cooldownTimer} 15000…10100, no buys. */
    COOLDOWN,
    /** {@code 0 < cooldownTimer <= 10000}, {@code allowPreRoundBuys}: buys at 1.0 only. */
    PRESALE,
    /** {@code active && !rugged}: ticking. */
    ACTIVE,
    /** {@code rugged}: the game is over; positions were liquidated at the rug price. */
    RUGGED
}
