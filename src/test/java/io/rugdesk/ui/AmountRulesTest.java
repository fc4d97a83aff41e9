package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "0.01", "1", "12.5", "0.123456789", " 0.5 ", "5.", ".5", "0.0010000000000"})
    void acceptsPositiveAmountsOfAtMostNineDecimalsFromTheMinimum(String typed) {
        AmountRules.Check check = AmountRules.check(typed);
        assertThat(check.valid()).as(check.problem()).isTrue();
        assertThat(check.amount()).isEqualByComparingTo(new BigDecimal(typed.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|Enter an amount",
        "0|must be positive",
        "0.000|must be positive",
        "0.0009|At least 0.001",
        "0.1234567891|At most 9 decimals",
        "-1|Not a number",
        "1e3|Not a number",
        "1,5|Not a number",
        ".|Not a number",
        "1.2.3|Not a number",
        "abc|Not a number",
        "99999999999999999999999999999999999999999|Not a number"})
    void rejectsWithAReasonAPersonUnderstands(String typed, String reason) {
        AmountRules.Check check = AmountRules.check(typed);
        assertThat(check.valid()).isFalse();
        assertThat(check.amount()).isNull();
        assertThat(check.problem()).contains(reason);
    }

    @Test
    void quickButtonArithmeticTruncatesToNineDecimalsLikeTheServer() {
        assertThat(AmountRules.plus("0.05", new BigDecimal("0.01"))).isEqualByComparingTo("0.06");
        assertThat(AmountRules.plus("", new BigDecimal("0.001"))).isEqualByComparingTo("0.001");
        assertThat(AmountRules.plus("garbage", new BigDecimal("0.1"))).isEqualByComparingTo("0.1");
        assertThat(AmountRules.half("0.001000001")).isEqualByComparingTo("0.0005");
        assertThat(AmountRules.half("0.003")).isEqualByComparingTo("0.0015");
        assertThat(AmountRules.twice("0.123456789")).isEqualByComparingTo("0.246913578");
        assertThat(AmountRules.max(new BigDecimal("3.1234567899"))).isEqualByComparingTo("3.123456789");
        assertThat(AmountRules.max(null)).isEqualByComparingTo("0");
        assertThat(AmountRules.max(new BigDecimal("-1"))).isEqualByComparingTo("0");
    }
}
