package io.rugdesk.backtest;

import io.rugdesk.game.fair.JsNumbers;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One game as a strategy can see it: the ticks observed before the rug, in order (a game joined mid-game starts at
 * its first observed tick; late ticks are left out and only counted), then the rug tick and price. Prices are
 * either decimals as read from a file or doubles from the price model, converted to the decimal JavaScript prints
 * when first asked for (most ticks of a backtest never need the decimal). Generated games also carry their server
 * seed and its SHA-256. Thread: immutable after construction apart from the conversion cache, which one worker uses.
 */
public final class GameTape {

    private final String gameId;
    private final String source;
    /** The observed ticks; null for a generated game, whose i-th tick is i. */
    private final int[] ticks;
    private final int size;
    private final double[] doubles;
    /** Decimals made so far (generated games: null until the first is asked for). */
    private BigDecimal[] decimals;
    private final int rugTick;
    private final BigDecimal rugPrice;
    private final int lateTicks;
    private final String serverSeed;
    private final String serverSeedHash;
    private final List<BigDecimal> prices = new Prices();

    private GameTape(String gameId, String source, int[] ticks, double[] doubles, BigDecimal[] decimals,
            int rugTick, BigDecimal rugPrice, int lateTicks, String serverSeed, String serverSeedHash) {
        this.gameId = Objects.requireNonNull(gameId, "gameId");
        this.source = source;
        this.ticks = ticks;
        this.size = ticks == null ? doubles.length : ticks.length;
        this.doubles = doubles;
        this.decimals = decimals;
        this.rugTick = rugTick;
        this.rugPrice = Objects.requireNonNull(rugPrice, "rugPrice");
        this.lateTicks = lateTicks;
        this.serverSeed = serverSeed;
        this.serverSeedHash = serverSeedHash;
        for (int i = 0; ticks != null && i < ticks.length; i++) {
            if (ticks[i] >= rugTick || i > 0 && ticks[i] <= ticks[i - 1]) {
                throw new IllegalArgumentException(gameId + ": tick " + ticks[i] + " out of order or not before"
                        + " the rug at " + rugTick);
            }
        }
    }

    /** A game read from a file: decimal prices. */
    public static GameTape observed(String gameId, String source, int[] ticks, BigDecimal[] prices, int rugTick,
            BigDecimal rugPrice, int lateTicks) {
        return new GameTape(gameId, source, ticks.clone(), null, prices.clone(), rugTick, rugPrice, lateTicks,
                null, null);
    }

    /** A game of the price model: ticks 0…rugTick−1 with these doubles, and the seed that made them. */
    public static GameTape generated(String gameId, String source, double[] preRugPrices, BigDecimal rugPrice,
            String serverSeed, String serverSeedHash) {
        return new GameTape(gameId, source, null, preRugPrices, null, preRugPrices.length, rugPrice, 0, serverSeed,
                serverSeedHash);
    }

    public String gameId() {
        return gameId;
    }

    /** Where the game came from (a file name, or "generated"). */
    public String source() {
        return source;
    }

    /** How many ticks a strategy sees. */
    public int size() {
        return size;
    }

    public int tickAt(int index) {
        if (ticks == null) {
            Objects.checkIndex(index, size);
            return index;
        }
        return ticks[index];
    }

    public BigDecimal priceAt(int index) {
        if (decimals == null) {
            Objects.checkIndex(index, size);
            decimals = new BigDecimal[size];
        }
        BigDecimal price = decimals[index];
        if (price == null) {
            price = JsNumbers.decimalAt(doubles, index);
            decimals[index] = price;
        }
        return price;
    }

    /**
     * The prices of the first {@code count} observed ticks, as an unmodifiable list (one small object: a strategy
     * view is made per tick; its decimals are made only when read).
     */
    public List<BigDecimal> pricesUpTo(int count) {
        Objects.checkFromToIndex(0, count, size);
        return count == size ? prices : new Prefix(count);
    }

    /** The first tick seen, or the rug tick when none was seen before it. */
    public int firstTick() {
        return size == 0 ? rugTick : tickAt(0);
    }

    public boolean joinedMidGame() {
        return firstTick() > 0;
    }

    public int rugTick() {
        return rugTick;
    }

    public BigDecimal rugPrice() {
        return rugPrice;
    }

    /** Ticks that arrived after a newer one and were not shown. */
    public int lateTicks() {
        return lateTicks;
    }

    /** The server seed of a generated game, else null. */
    public String serverSeed() {
        return serverSeed;
    }

    public String serverSeedHash() {
        return serverSeedHash;
    }

    private final class Prices extends AbstractList<BigDecimal> implements RandomAccess {
        @Override
        public BigDecimal get(int index) {
            return priceAt(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private final class Prefix extends AbstractList<BigDecimal> implements RandomAccess {
        private final int count;

        Prefix(int count) {
            this.count = count;
        }

        @Override
        public BigDecimal get(int index) {
            return priceAt(Objects.checkIndex(index, count));
        }

        @Override
        public int size() {
            return count;
        }
    }
}
