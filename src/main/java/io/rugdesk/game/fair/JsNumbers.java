package io.rugdesk.game.fair;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A double as JavaScript writes it ({@code Number.prototype.toString}: the shortest decimal that reads back as the
 * same double, the closest such if there are several, in JavaScript's notation). The server computes prices as
 * doubles and sends this text, so it is the exact decimal a price has on the wire and in every fill.
 *
 * <p>Java 17's {@link Double#toString(double)} is not always the shortest (JDK-4511638, fixed in JDK 19) and writes
 * {@code 1.0}, {@code 1.0E-7} where JavaScript writes {@code 1}, {@code 1e-7}; this class is the conversion to use.
 *
 * <p>Thread: stateless; safe from any thread.
 */
public final class JsNumbers {

    private static final int MAX_DIGITS = 17;

    private JsNumbers() {
    }

    /** The decimal value JavaScript prints for {@code value} (finite values only). */
    public static BigDecimal toDecimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        return value < 0 ? shortest(-value).negate() : shortest(value);
    }

    /**
     * The decimal of {@code prices[index]}: where the generator's doubles meet money (backtests keep a game's
     * prices as doubles and make the decimal of a tick only when a strategy or a fill reads it).
     */
    public static BigDecimal decimalAt(double[] prices, int index) {
        return toDecimal(prices[index]);
    }

    /** The text JavaScript prints for {@code value}: {@code 1}, {@code 0.0201}, {@code 1e-7}, {@code 1.5e+21}. */
    public static String toText(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();   // value = 0.digits × 10^n
        String sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /**
     * The shortest decimal naming {@code positive}: the fewest significant digits p such that the p-digit decimal
     * just below or just above the exact value reads back as the same double (if any p-digit decimal does, one of
     * these two does: the doubles that read back form an interval around the value); of two, the closer, and on a
     * tie the one with the even last digit (ECMAScript Number::toString).
     *
     * <p>Values from 1e-9 to 1e9 (every price) take {@link #shortestInRange}: the same choice worked out in integer
     * arithmetic, no text parsed and no big numbers, which is how backtests afford a decimal per fill;
     * {@code JsNumbersTest} holds it to a search that parses every candidate back.
     */
    private static BigDecimal shortest(double positive) {
        if (positive >= RANGE_LOW && positive < RANGE_HIGH) {
            return shortestInRange(positive);
        }
        return shortestByParsing(positive);
    }

    private static final double RANGE_LOW = 1e-9;
    private static final double RANGE_HIGH = 1e9;
    private static final int FLOOR_DIGITS = 18;
    private static final long[] POW10 = new long[FLOOR_DIGITS + 1];
    private static final long[] POW5 = new long[28];

    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) {
            POW10[k] = POW10[k - 1] * 10;
        }
        POW5[0] = 1;
        for (int k = 1; k < POW5.length; k++) {
            POW5[k] = POW5[k - 1] * 5;
        }
    }

    /**
     * With {@code positive = m × 2^e} (m of 53 bits) and T chosen so that {@code digits = floor(positive × 10^T)}
     * has 18 digits: a decimal {@code V × 10^-T} reads back as {@code positive} iff it lies strictly between the
     * midpoints to the neighbouring doubles, {@code (4m − 2) × 2^(e−2)} (or {@code 4m − 1} at a power of two) and
     * {@code (4m + 2) × 2^(e−2)}, or on one of them when m is even (parsing rounds half to even). Multiplied by
     * {@code 2^(2−e−T)} both sides are integers below 2^120: {@code V × 2^(s+2)} against {@code K × 5^T}, s = −(e+T).
     */
    private static BigDecimal shortestInRange(double positive) {
        long bits = Double.doubleToRawLongBits(positive);
        long m = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
        int e = (int) (bits >>> 52) - 1075;
        int t = FLOOR_DIGITS - 1 - (int) Math.floor(Math.log10(positive));
        long digits;
        boolean sticky;
        while (true) {
            long high = Math.multiplyHigh(m, POW5[t]);
            long low = m * POW5[t];
            int s = -(e + t);
            if (s < 64) {
                digits = (low >>> s) | (high << (64 - s));
                sticky = (low & ((1L << s) - 1)) != 0;
            } else {
                digits = high >>> (s - 64);
                sticky = low != 0 || (high & ((1L << (s - 64)) - 1)) != 0;
            }
            if (digits >= POW10[FLOOR_DIGITS]) {
                t--;
            } else if (digits < POW10[FLOOR_DIGITS - 1]) {
                t++;
            } else {
                break;
            }
        }
        int shift = -(e + t) + 2;
        boolean powerOfTwo = m == 0x0010_0000_0000_0000L;
        long lowK = powerOfTwo ? 4 * m - 1 : 4 * m - 2;
        long highK = 4 * m + 2;
        long fiveT = POW5[t];
        boolean evenMantissa = (m & 1) == 0;
        long best = -1;
        int bestCut = 0;
        for (int p = MAX_DIGITS; p >= 1; p--) {
            int cut = FLOOR_DIGITS - p;
            long below = digits / POW10[cut];
            long rest = digits % POW10[cut];
            boolean onGrid = rest == 0 && !sticky;
            long above = onGrid ? below : below + 1;
            boolean belowOk = readsBack(below * POW10[cut], shift, lowK, highK, fiveT, evenMantissa);
            boolean aboveOk = onGrid ? belowOk : readsBack(above * POW10[cut], shift, lowK, highK, fiveT,
                    evenMantissa);
            long chosen;
            if (belowOk && aboveOk && !onGrid) {
                long half = 5 * POW10[cut - 1];
                int closer = rest != half ? Long.compare(rest, half) : sticky ? 1 : 0;
                chosen = closer < 0 ? below : closer > 0 ? above : (below & 1) != 0 ? above : below;
            } else {
                chosen = belowOk ? below : aboveOk ? above : -1;
            }
            if (chosen < 0) {
                break;
            }
            best = chosen;
            bestCut = cut;
        }
        return BigDecimal.valueOf(best, t - bestCut).stripTrailingZeros();
    }

    /** {@code value × 10^-T} inside the read-back interval: {@code value × 2^shift} against {@code K × 5^T}. */
    private static boolean readsBack(long value, int shift, long lowK, long highK, long fiveT, boolean even) {
        long valueHigh = value >>> (64 - shift);
        long valueLow = value << shift;
        int fromLow = compare128(valueHigh, valueLow, Math.multiplyHigh(lowK, fiveT), lowK * fiveT);
        int fromHigh = compare128(valueHigh, valueLow, Math.multiplyHigh(highK, fiveT), highK * fiveT);
        return fromLow > 0 && fromHigh < 0 || even && (fromLow == 0 || fromHigh == 0);
    }

    private static int compare128(long aHigh, long aLow, long bHigh, long bLow) {
        return aHigh != bHigh ? Long.compare(aHigh, bHigh) : Long.compareUnsigned(aLow, bLow);
    }

    /** The same choice for subnormal and the largest doubles, by parsing each candidate's text back. */
    private static BigDecimal shortestByParsing(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        int upper = Math.min(MAX_DIGITS, new BigDecimal(Double.toString(positive)).stripTrailingZeros().precision());
        BigDecimal best = candidate(exact, positive, upper);
        if (best == null) {
            upper = MAX_DIGITS;
            best = candidate(exact, positive, upper);
        }
        for (int p = upper - 1; p >= 1; p--) {
            BigDecimal shorter = candidate(exact, positive, p);
            if (shorter == null) {
                break;
            }
            best = shorter;
        }
        return best.stripTrailingZeros();
    }

    /** The best p-digit decimal that reads back as {@code value}, or null when none does. */
    private static BigDecimal candidate(BigDecimal exact, double value, int p) {
        BigDecimal below = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal above = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean belowOk = readsBack(below, value);
        boolean aboveOk = readsBack(above, value);
        if (belowOk && aboveOk && below.compareTo(above) != 0) {
            int closer = exact.subtract(below).compareTo(above.subtract(exact));
            if (closer != 0) {
                return closer < 0 ? below : above;
            }
            return below.unscaledValue().testBit(0) ? above : below;
        }
        return belowOk ? below : aboveOk ? above : null;
    }

    private static boolean readsBack(BigDecimal decimal, double value) {
        return Double.doubleToLongBits(Double.parseDouble(decimal.toString())) == Double.doubleToLongBits(value);
    }
}
