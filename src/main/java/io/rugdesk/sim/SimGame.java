package io.rugdesk.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * One simulated game as the server knows it from the start: id, seed, seed hash, the pre-rug prices and the
 * rug price (own rule: {@code 0 < rugPrice <= 0.02}, protocol.md §4.3). Immutable.
 */
public record SimGame(String gameId, String serverSeed, String serverSeedHash, List<Double> prices, int rugTick,
        double peakMultiplier, double rugPrice) {

    public SimGame {
        prices = List.copyOf(prices);
    }

    /** The price of tick {@code tick}; the rug tick's price is the rug price. */
    public double priceAt(int tick) {
        return tick >= rugTick ? rugPrice : prices.get(tick);
    }

    /** All prices as revealed in {@code gameHistory}: pre-rug prices followed by the rug price. */
    public List<Double> pricesWithRug() {
        List<Double> all = new ArrayList<>(prices);
        all.add(rugPrice);
        return all;
    }

    /** The rug price rule: a share (0.2–2 %) of the last pre-rug price drawn from the seed hash, capped at 0.02. */
    static double rugPriceFor(String serverSeedHash, double lastPrice) {
        double unit = Long.parseLong(serverSeedHash.substring(48, 61), 16) / (double) (1L << 52);
        double price = Math.min(0.02, lastPrice * (0.002 + 0.018 * unit));
        return price > 0 ? price : 0.0001;
    }
}
