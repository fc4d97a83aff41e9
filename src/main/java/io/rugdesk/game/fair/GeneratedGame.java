package io.rugdesk.game.fair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One game as the price model replays it. {@code preRugPrices} starts with 1.0 and holds one price per tick
 * before the rug; {@code rugTick} is its length, i.e. the index of the rug price the server appends (the tick
 * count of the first rugged message); {@code peakMultiplier} is the largest pre-rug price.
 *
 * <p>About BigDecimal: {@link #preRugPricesAsBigDecimal()} converts with {@link Double#toString(double)}, which on
 * JDK 17 is not always the shortest representation JavaScript prints (JDK-4511638, fixed in JDK 19). The value
 * may therefore differ in its last written digits from the server's JSON while naming the same double, so a
 * price must be compared in the double domain: {@link #matches(int, BigDecimal)} parses the seen value to the
 * nearest double and compares bit patterns.
 *
 * <p>Thread: immutable.
 */
public record GeneratedGame(String gameId, double[] preRugPrices, int rugTick, double peakMultiplier) {

    public GeneratedGame {
        preRugPrices = preRugPrices.clone();
    }

    @Override
    public double[] preRugPrices() {
        return preRugPrices.clone();
    }

    /** The price at {@code tick} (0 ≤ tick &lt; rugTick). */
    public double priceAt(int tick) {
        return preRugPrices[tick];
    }

    /** The pre-rug prices as BigDecimal (see the class comment before comparing them with {@code equals}). */
    public List<BigDecimal> preRugPricesAsBigDecimal() {
        List<BigDecimal> result = new ArrayList<>(preRugPrices.length);
        for (double price : preRugPrices) {
            result.add(new BigDecimal(Double.toString(price)));
        }
        return Collections.unmodifiableList(result);
    }

    /** True when {@code seen} names exactly the model's double at {@code tick} (0 ≤ tick &lt; rugTick). */
    public boolean matches(int tick, BigDecimal seen) {
        return sameDouble(preRugPrices[tick], seen);
    }

    /** True when {@code revealedPeak} names exactly the model's peak multiplier. */
    public boolean peakMatches(BigDecimal revealedPeak) {
        return sameDouble(peakMultiplier, revealedPeak);
    }

    /** The peak multiplier as BigDecimal (same caveat as the prices). */
    public BigDecimal peakMultiplierAsBigDecimal() {
        return new BigDecimal(Double.toString(peakMultiplier));
    }

    /** True when {@code seen}, read as the nearest double, is bit for bit {@code expected}. */
    public static boolean sameDouble(double expected, BigDecimal seen) {
        return Double.doubleToLongBits(expected) == Double.doubleToLongBits(seen.doubleValue());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedGame that && gameId.equals(that.gameId) && rugTick == that.rugTick
                && Double.compare(peakMultiplier, that.peakMultiplier) == 0
                && Arrays.equals(preRugPrices, that.preRugPrices);
    }

    @Override
    public int hashCode() {
        return gameId.hashCode() * 31 + Arrays.hashCode(preRugPrices);
    }

    @Override
    public String toString() {
        return "GeneratedGame[" + gameId + ", rugTick=" + rugTick + ", peak=" + peakMultiplier + "]";
    }
}
