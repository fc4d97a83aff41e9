package io.rugdesk.protocol;

/**
 * The page's rolling counts over the last games (protocol.md §2.1.2 {@code count2x/10x/50x/100x}: games whose peak
 * passed 2×, 10×, …; "last 100 games" per the page): constant within a game, present in standard and extended
 * {@code gameStateUpdate}s only.
 */
public record GameCounts(int count2x, int count10x, int count50x, int count100x) {

    /** The counts of a payload, or null when it carries none (tick-0 and cooldown messages). */
    static GameCounts of(Fields p) {
        if (!p.has("count2x")) {
            return null;
        }
        return new GameCounts(p.nonNegativeInteger("count2x"), p.nonNegativeInteger("count10x"),
                p.nonNegativeInteger("count50x"), p.nonNegativeInteger("count100x"));
    }
}
