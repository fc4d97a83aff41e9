package io.rugdesk.protocol;

import java.math.BigDecimal;
import java.util.List;

/**
 * A finished game in {@code gameHistory[]} (protocol.md §2.1.4): the place where the server reveals the seed.
 * {@code prices} is empty where the server left it out (Feb 2026); {@code serverSeed} is null if not revealed.
 */
public record GameHistoryEntry(String id, long timestamp, List<BigDecimal> prices, BigDecimal peakMultiplier,
                               boolean rugged, String serverSeed, String serverSeedHash, String gameVersion) {
    public GameHistoryEntry {
        prices = List.copyOf(prices);
    }
}
