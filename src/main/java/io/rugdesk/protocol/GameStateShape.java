package io.rugdesk.protocol;

/** The five real shapes of {@code gameStateUpdate} (protocol.md §2.1.1), told apart by their keys. */
public enum GameStateShape {
    /** Connect snapshot: extended keys plus a top-level {@code prices} array. */
    SNAPSHOT,
    /** Extended (36 keys, {@code gameHistory}): second rug message, first message of the next game. */
    EXTENDED,
    /** Standard active tick, rug tick, presale-start (21 keys). */
    STANDARD,
    /** Game start, 14 keys. */
    TICK_ZERO,
    /** 7-key countdown message. */
    COOLDOWN,
    /** Any other key set (future schema drift); decoded with defaults. */
    OTHER
}
