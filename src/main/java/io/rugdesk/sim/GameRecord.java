package io.rugdesk.sim;

import java.util.List;

/** One finished simulated game, for tests and fairness checks: prices include the rug price last. */
public record GameRecord(String gameId, String serverSeed, String serverSeedHash, List<Double> prices,
        int rugTick, double rugPrice, double peakMultiplier) {

    public GameRecord {
        prices = List.copyOf(prices);
    }
}
