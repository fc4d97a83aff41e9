package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

    @ParameterizedTest
    @CsvSource({
        "1, 1.000",
        "1.5, 1.500",
        "0.000123456, 0.000123456",
        "10.123456789, 10.123456789",
        "1.0000000001, 1.000",
        "0.0000000005, 0.000000001",
        "1E+3, 1000.000",
        "-0.25, -0.250"})
    void solShowsUpToNineDecimalsAndAtLeastThree(String value, String shown) {
        assertThat(MoneyFormat.sol(new BigDecimal(value))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.100, +0.1", "-0.000000001, \u22120.000000001", "2, +2"})
    void signedDifferencesCarryTheirSign(String value, String shown) {
        assertThat(MoneyFormat.signed(new BigDecimal(value))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"1.23456, 1.2346x", "1, 1.0000x", "0.00012, 0.0001x"})
    void pricesHaveFourDecimalsAndAnX(String value, String shown) {
        assertThat(MoneyFormat.price(new BigDecimal(value))).isEqualTo(shown);
    }

    @org.junit.jupiter.api.Test
    void unknownValuesShowADashAndEditableTextIsExact() {
        assertThat(MoneyFormat.sol(null)).isEqualTo("—");
        assertThat(MoneyFormat.signed(null)).isEqualTo("—");
        assertThat(MoneyFormat.quantity(new BigDecimal("2"))).isEqualTo("2.00");
        assertThat(MoneyFormat.editable(new BigDecimal("0.0500"))).isEqualTo("0.05");
        assertThat(MoneyFormat.editable(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(MoneyFormat.editable(BigDecimal.ZERO)).isEqualTo("0");
    }
}
