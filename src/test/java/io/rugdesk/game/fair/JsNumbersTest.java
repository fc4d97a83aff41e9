package io.rugdesk.game.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, 1",
        "100.0, 100",
        "0.30000000000000004, 0.30000000000000004",
        "1.0E-7, 1e-7",
        "1.0E21, 1e+21",
        "1.23E22, 1.23e+22",
        "1.0E-6, 0.000001",
        "4.35E-7, 4.35e-7",
        "-0.5, -0.5",
        "0.020000000000000018, 0.020000000000000018",
        "1.0232624314453478, 1.0232624314453478",
        "1.2345678901234568E20, 123456789012345680000",
        "2.82879384806159E17, 282879384806159000",   // Java 17 prints 2.82879384806159008E17 (JDK-4511638)
        "1.18575755E-316, 1.18575755e-316"})         // Java 17 prints 1.18575755001E-316
    void writesADoubleAsJavaScriptDoes(double value, String javaScript) {
        assertThat(JsNumbers.toText(value)).isEqualTo(javaScript);
        assertThat(JsNumbers.toDecimal(value)).isEqualByComparingTo(new BigDecimal(javaScript));
    }

    @Test
    void zeroAndNonFiniteValues() {
        assertThat(JsNumbers.toText(0.0)).isEqualTo("0");
        assertThat(JsNumbers.toText(-0.0)).isEqualTo("0");
        assertThat(JsNumbers.toText(Double.NaN)).isEqualTo("NaN");
        assertThat(JsNumbers.toText(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(JsNumbers.toDecimal(0.0)).isZero();
    }

    /** 610 doubles (prices, random magnitudes, random bit patterns) and what node 18 printed for them. */
    @Test
    void agreesWithNodeOnSixHundredDoubles() throws IOException {
        List<String> differences = new ArrayList<>();
        int count = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                JsNumbersTest.class.getResourceAsStream("js-number-vectors.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] parts = line.split(" ");
                double value = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
                count++;
                if (!JsNumbers.toText(value).equals(parts[1])) {
                    differences.add(parts[1] + " but got " + JsNumbers.toText(value));
                }
            }
        }
        assertThat(count).isEqualTo(610);
        assertThat(differences).isEmpty();
    }

    /**
     * The conversion against a plain search written out here (for p = 17 down: round the exact value down and up
     * to p digits, keep those whose text Java parses back to the same double, the closer, on a tie the even one;
     * stop at the first p where neither does): random bit patterns, random walks like prices, and every price of
     * 300 generated games.
     */
    @Test
    void agreesWithAPlainSearchThatParsesEveryCandidateBack() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            double bits = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
            if (Double.isFinite(bits) && bits != 0) {
                values.add(bits);
            }
        }
        double walk = 1;
        for (int i = 0; i < 100_000; i++) {
            walk = Math.min(1e6, Math.max(1e-6, walk * (0.8 + random.nextDouble() * 0.45)));
            values.add(walk);
            values.add((double) random.nextInt(1_000_000) / 1000);
            values.add(Math.pow(10, -9.5 + random.nextDouble() * 19));
            values.add(Math.scalb(1.0, random.nextInt(-31, 31)));   // powers of two: the narrower gap below
        }
        PriceModel model = PriceModel.v3();
        for (int game = 0; game < 300; game++) {
            for (double price : model.generate("seed" + game, "g" + game).preRugPrices()) {
                values.add(price);
            }
        }
        List<String> differences = new ArrayList<>();
        for (double value : values) {
            BigDecimal expected = searched(value);
            BigDecimal actual = JsNumbers.toDecimal(value);
            if (expected.compareTo(actual) != 0 || expected.scale() != actual.scale()) {
                differences.add(Double.toString(value) + ": " + actual + " instead of " + expected);
            }
        }
        assertThat(differences).as("of %d values", values.size()).isEmpty();
    }

    private static BigDecimal searched(double value) {
        BigDecimal exact = new BigDecimal(value);
        BigDecimal best = null;
        for (int p = 17; p >= 1; p--) {
            BigDecimal below = exact.round(new java.math.MathContext(p, java.math.RoundingMode.FLOOR));
            BigDecimal above = exact.round(new java.math.MathContext(p, java.math.RoundingMode.CEILING));
            boolean belowOk = Double.parseDouble(below.toString()) == value;
            boolean aboveOk = Double.parseDouble(above.toString()) == value;
            BigDecimal chosen;
            if (belowOk && aboveOk && below.compareTo(above) != 0) {
                int closer = exact.subtract(below).compareTo(above.subtract(exact));
                chosen = closer < 0 ? below : closer > 0 ? above : below.unscaledValue().testBit(0) ? above : below;
            } else {
                chosen = belowOk ? below : aboveOk ? above : null;
            }
            if (chosen == null) {
                break;
            }
            best = chosen;
        }
        return best.stripTrailingZeros();
    }
}
