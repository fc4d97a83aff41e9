package io.rugdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WireReader#plainDecimal}: the same unscaled value and scale as {@code new BigDecimal(text)}, or null. */
class PlainDecimalTest {

    private static BigDecimal plain(String text) {
        String padded = "xx" + text + "yy";   // the parser hands out a window of a larger buffer
        return WireReader.plainDecimal(padded.toCharArray(), 2, text.length());
    }

    @Test
    void writtenOutNumbersComeOutExactlyAsBigDecimalReadsThem() {
        for (String text : List.of("0", "-0", "0.0", "-0.0", "1.50", "0.003085384", "1.0154269271335972",
                "-3.0414499999999998", "999999999999999999", "123456789.123456789", "0.00000000000000001",
                "0.0012917548713389765", "-0.020000000000000018", "0.000000000000000000123456789012345678",
                "000.5")) {   // the parser never hands out leading zeros; they would still count for nothing
            assertThat(plain(text)).as(text).isEqualTo(new BigDecimal(text));
        }
        Random random = new Random(4);
        int fast = 0;
        for (int i = 0; i < 100_000; i++) {
            long unscaled = random.nextLong() % 1_000_000_000_000_000_000L;
            String text = BigDecimal.valueOf(unscaled, random.nextInt(19)).toPlainString();
            BigDecimal plain = plain(text);
            if (plain != null) {
                assertThat(plain).as(text).isEqualTo(new BigDecimal(text));
                fast++;
            }
        }
        assertThat(fast).as("at most 18 significant digits: every one fits a long").isEqualTo(100_000);
    }

    @Test
    void anythingElseIsLeftToTheExactParse() {
        for (String text : List.of("1e5", "1E-7", "-", "", "1.2.3", "1234567890123456789", "0.1234567890123456789",
                "0.00012345678901234567890", "1000000000000000000",
                "+1")) {
            assertThat(plain(text)).as(text).isNull();
        }
    }
}
