package io.rugdesk.arch;

import java.math.BigDecimal;

/** Money done wrong on purpose, for {@link PackageRulesTest#theMoneyRulesCatchPrimitiveDoubles()}. Never used. */
final class FloatingPointMoney {

    private double price;

    private FloatingPointMoney() {
    }

    double fee(double amount) {
        return amount * price;
    }

    BigDecimal rounded(BigDecimal amount) {
        return BigDecimal.valueOf(Math.floor(amount.scale()));
    }
}
