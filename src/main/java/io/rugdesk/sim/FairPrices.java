package io.rugdesk.sim;

import io.rugdesk.game.fair.GeneratedGame;
import io.rugdesk.game.fair.PriceModel;
import java.util.ArrayList;
import java.util.List;

/** The production price source: the bit-exact v3 provably-fair model. Thread: any (pure). */
public final class FairPrices implements PriceSource {

    private final PriceModel model = PriceModel.v3();

    @Override
    public Round generate(String serverSeed, String gameId) {
        GeneratedGame game = model.generate(serverSeed, gameId);
        List<Double> prices = new ArrayList<>();
        for (double price : game.preRugPrices()) {
            prices.add(price);
        }
        return new Round(prices, game.rugTick(), game.peakMultiplier());
    }
}
