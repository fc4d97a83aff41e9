package io.rugdesk.game.fair;

import java.util.Arrays;

/**
 * The rugs.fun provably-fair price model (protocol.md §4.3), shared by the client's fairness check and the
 * embedded simulator. It is IEEE-754 double arithmetic on purpose: the server computes it in JavaScript, and
 * only the same operations in the same order reproduce its prices bit for bit. Prices become BigDecimal where
 * they meet money ({@link GeneratedGame#preRugPricesAsBigDecimal()}).
 *
 * <p>Per game the generator is seeded with {@code serverSeed + "-" + gameId}; each tick draws, in this order:
 * the rug draw; (v3 only) the god-candle draw — drawn even when the price is above 100, where it cannot fire;
 * the big-move draw, then either size and direction draws or drift and volatility draws. The rug step draws no
 * price: the rug price the server appends is not produced by this generator.
 *
 * <p>Thread: immutable and stateless between calls; safe from any thread.
 */
public final class PriceModel {

    /** The longest game: after this many ticks the loop ends even without a rug draw. */
    public static final int MAX_TICKS = 5000;

    private static final double RUG_PROBABILITY = 0.005;
    private static final double GOD_CANDLE_CHANCE = 0.00001;
    private static final double GOD_CANDLE_MOVE = 10.0;
    private static final double GOD_CANDLE_PRICE_LIMIT = 100.0;
    private static final double BIG_MOVE_CHANCE = 0.125;
    private static final double BIG_MOVE_MIN = 0.15;
    private static final double BIG_MOVE_MAX = 0.25;
    private static final double DRIFT_MIN = -0.02;
    private static final double DRIFT_MAX = 0.03;
    private static final double VOLATILITY = 0.005;
    private static final double VOLATILITY_SQRT_CAP = 10.0;

    /** The two published versions of the algorithm. */
    public enum Version {
        /** March 2025: no god candle, volatility grows with sqrt(price) without a cap. */
        V1,
        /** Current: god candle, volatility capped at 10 × 0.005. */
        V3
    }

    private final Version version;

    public PriceModel(Version version) {
        this.version = version;
    }

    /** The current (v3) model. */
    public static PriceModel v3() {
        return new PriceModel(Version.V3);
    }

    public Version version() {
        return version;
    }

    /** Replays the game {@code gameId} from its revealed {@code serverSeed}. */
    public GeneratedGame generate(String serverSeed, String gameId) {
        double[] prices = preRugPrices(serverSeed, gameId);
        double peak = prices[0];
        for (double price : prices) {
            peak = Math.max(peak, price);
        }
        return new GeneratedGame(gameId, prices, prices.length, peak);
    }

    /**
     * The prices of {@link #generate} alone, in a new array the caller owns (no copies on the way: backtests make
     * millions of games).
     */
    public double[] preRugPrices(String serverSeed, String gameId) {
        SeedRandom random = new SeedRandom(serverSeed + "-" + gameId);
        double[] prices = new double[64];
        int count = 0;
        double price = 1.0;
        prices[count++] = price;
        for (int tick = 0; tick < MAX_TICKS; tick++) {
            if (random.nextDouble() < RUG_PROBABILITY) {
                break;
            }
            price = nextPrice(price, random);
            if (count == prices.length) {
                prices = Arrays.copyOf(prices, count * 2);
            }
            prices[count++] = price;
        }
        return count == prices.length ? prices : Arrays.copyOf(prices, count);
    }

    private double nextPrice(double price, SeedRandom random) {
        if (version == Version.V3
                && random.nextDouble() < GOD_CANDLE_CHANCE && price <= GOD_CANDLE_PRICE_LIMIT) {
            return price * GOD_CANDLE_MOVE;
        }
        double change;
        if (random.nextDouble() < BIG_MOVE_CHANCE) {
            double size = BIG_MOVE_MIN + random.nextDouble() * (BIG_MOVE_MAX - BIG_MOVE_MIN);
            change = random.nextDouble() > 0.5 ? size : -size;
        } else {
            double drift = DRIFT_MIN + random.nextDouble() * (DRIFT_MAX - DRIFT_MIN);
            double volatility = version == Version.V1
                    ? VOLATILITY * Math.sqrt(price)
                    : VOLATILITY * Math.min(VOLATILITY_SQRT_CAP, Math.sqrt(price));
            change = drift + volatility * (2 * random.nextDouble() - 1);
        }
        return Math.max(0, price * (1 + change));
    }
}
