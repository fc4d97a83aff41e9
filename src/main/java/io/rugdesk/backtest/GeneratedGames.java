package io.rugdesk.backtest;

import io.rugdesk.exchange.JsNumbers;
import io.rugdesk.game.fair.GeneratedGame;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.game.fair.SeedHash;
import io.rugdesk.game.fair.SeedRandom;

/**
 * {@code --generate N --seed S}: N games of the v3 price model (protocol.md §4.3), each reproducible alone.
 *
 * <p>Seeds: game i (0-based) has id {@code gen-S-i} and server seed
 * {@code hex(SHA-256(UTF-8("rugdesk-backtest:" + S + ":" + i)))} (64 lowercase hex characters, like a real seed);
 * its prices are those of the published algorithm seeded with {@code serverSeed + "-" + gameId}, so any verifier
 * of rugs.fun games replays them; the report gives each seed and its SHA-256 ({@link SeedHash}, §4.4).
 *
 * <p>Rug price: the server's is not produced by the published generator (§4.3), so it is modelled from the 35
 * observed games, where it was always in (0, 0.020000000000000018] and 0.0012–0.0199 of the last pre-rug price:
 * {@code min(0.020000000000000018, lastPrice × (0.0012 + u × 0.0187))}, u the first draw of a separate
 * {@code seedrandom("rug:" + serverSeed + "-" + gameId)}. Only a position still open at the rug is valued with it.
 *
 * <p>Thread: stateless apart from the immutable settings; any thread may generate any game.
 */
public final class GeneratedGames {

    static final String SOURCE = "generated";
    static final double RUG_PRICE_CAP = 0.020000000000000018;
    static final double RUG_RATIO_MIN = 0.0012;
    static final double RUG_RATIO_MAX = 0.0199;

    private final long count;
    private final long seed;
    private final PriceModel model = PriceModel.v3();

    public GeneratedGames(long count, long seed) {
        this.count = count;
        this.seed = seed;
    }

    public long count() {
        return count;
    }

    public long seed() {
        return seed;
    }

    static String gameId(long seed, long index) {
        return "gen-" + seed + "-" + index;
    }

    static String serverSeed(long seed, long index) {
        return SeedHash.sha256Hex("rugdesk-backtest:" + seed + ":" + index);
    }

    /** Game {@code index} of this run. */
    public GameTape game(long index) {
        String gameId = gameId(seed, index);
        String serverSeed = serverSeed(seed, index);
        GeneratedGame game = model.generate(serverSeed, gameId);
        double[] prices = game.preRugPrices();
        return GameTape.generated(gameId, SOURCE, prices,
                JsNumbers.toDecimal(rugPrice(prices[prices.length - 1], serverSeed, gameId)), serverSeed,
                SeedHash.sha256Hex(serverSeed));
    }

    static double rugPrice(double lastPrice, String serverSeed, String gameId) {
        double u = new SeedRandom("rug:" + serverSeed + "-" + gameId).nextDouble();
        return Math.min(RUG_PRICE_CAP, lastPrice * (RUG_RATIO_MIN + u * (RUG_RATIO_MAX - RUG_RATIO_MIN)));
    }
}
