package io.rugdesk.sim;

import java.util.List;

/**
 * Where a game's pre-rug prices come from, given its seed and id. The production source is the provably-fair
 * model in {@code io.rugdesk.game.fair}; tests may plug in fixed paths. Thread: any (pure).
 */
@FunctionalInterface
public interface PriceSource {

    Round generate(String serverSeed, String gameId);

    /** Pre-rug prices (1.0 first), the rug tick (= number of pre-rug prices) and the peak multiplier. */
    record Round(List<Double> prices, int rugTick, double peakMultiplier) {
        public Round {
            prices = List.copyOf(prices);
        }
    }
}
