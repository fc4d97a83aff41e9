package io.rugdesk.backtest;

import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.game.fair.RugPriceModel;
import io.rugdesk.game.fair.SeedHash;

/**
 * {@code --generate N --seed S}: N games of the v3 price model (protocol.md §4.3), each reproducible alone.
 *
 * <p>Seeds: game i (0-based) has id {@code gen-S-i} and server seed
 * {@code hex(SHA-256(UTF-8("rugdesk-backtest:" + S + ":" + i)))} (64 lowercase hex characters, like a real seed);
 * its prices are those of the published algorithm seeded with {@code serverSeed + "-" + gameId}, so any verifier
 * of rugs.fun games replays them; the report gives each seed and its SHA-256 ({@link SeedHash}, §4.4).
 *
 * <p>Rug price: modelled, see {@link RugPriceModel}; only a position still open at the rug is valued with it.
 *
 * <p>Thread: stateless apart from the immutable settings; any thread may generate any game.
 */
public final class GeneratedGames {

    static final String SOURCE = "generated";

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
        double[] prices = model.preRugPrices(serverSeed, gameId);
        return GameTape.generated(gameId, SOURCE, prices,
                RugPriceModel.rugPrice(prices, serverSeed, gameId), serverSeed,
                SeedHash.sha256Hex(serverSeed));
    }
}
