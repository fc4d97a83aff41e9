package io.rugdesk.game.fair;

import java.math.BigDecimal;

/**
 * The rug price of a generated game. The server's is not produced by the published generator (protocol.md §4.3),
 * so it is modelled from the 35 observed games, where it was always in (0, 0.020000000000000018] and 0.0012–0.0199
 * of the last pre-rug price: {@code min(0.020000000000000018, lastPrice × (0.0012 + u × 0.0187))}, u the first draw
 * of a separate {@code seedrandom("rug:" + serverSeed + "-" + gameId)}. Computed in doubles like every price of the
 * model, and handed out as the decimal JavaScript would print ({@link JsNumbers}).
 *
 * <p>Thread: stateless; safe from any thread.
 */
public final class RugPriceModel {

    static final double RUG_PRICE_CAP = 0.020000000000000018;
    static final double RUG_RATIO_MIN = 0.0012;
    static final double RUG_RATIO_MAX = 0.0199;

    private RugPriceModel() {
    }

    /** The modelled rug price after {@code preRugPrices} (the game's prices before the rug, at least one). */
    public static BigDecimal rugPrice(double[] preRugPrices, String serverSeed, String gameId) {
        double lastPrice = preRugPrices[preRugPrices.length - 1];
        double u = new SeedRandom("rug:" + serverSeed + "-" + gameId).nextDouble();
        return JsNumbers.toDecimal(
                Math.min(RUG_PRICE_CAP, lastPrice * (RUG_RATIO_MIN + u * (RUG_RATIO_MAX - RUG_RATIO_MIN))));
    }
}
