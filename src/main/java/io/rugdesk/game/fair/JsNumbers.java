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
     * tie the one with the even last digit (ECMAScript Number::toString). Java's own digits are an upper bound.
     */
    private static BigDecimal shortest(double positive) {
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
