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
}
