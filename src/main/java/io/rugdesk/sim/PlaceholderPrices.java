package io.rugdesk.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A stand-in price path (seeded random walk with a 0.5 % rug chance per tick) used until the provably-fair
 * model is wired in; deterministic per seed and game id. Thread: any (pure).
 */
final class PlaceholderPrices implements PriceSource {

    @Override
    public Round generate(String serverSeed, String gameId) {
        Random random = new Random((serverSeed + "-" + gameId).hashCode());
        List<Double> prices = new ArrayList<>();
        double price = 1.0;
        double peak = 1.0;
        prices.add(price);
        while (prices.size() < 5000 && random.nextDouble() >= 0.005) {
            price = Math.max(0, price * (1 - 0.02 + random.nextDouble() * 0.05));
            peak = Math.max(peak, price);
            prices.add(price);
        }
        return new Round(prices, prices.size(), peak);
    }
}
