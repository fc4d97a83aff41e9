package io.rugdesk.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a SOL amount typed in the trading panel must be: a positive number with at most 9 decimals and at least
 * 0.001 (the server's minimum). Also the arithmetic of the quick buttons, truncated to 9 decimals like the
 * server. Thread: any (stateless).
 */
public final class AmountRules {

    public static final BigDecimal MINIMUM = new BigDecimal("0.001");
    private static final int MAX_INPUT_LENGTH = 40;

    private AmountRules() {
    }

    /** The result of checking a typed amount: exactly one of {@code amount} and {@code problem} is non-null. */
    public record Check(BigDecimal amount, String problem) {
        public boolean valid() {
            return amount != null;
        }

        static Check ok(BigDecimal amount) {
            return new Check(amount, null);
        }

        static Check bad(String problem) {
            return new Check(null, problem);
        }
    }

    public static Check check(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Check.bad("Enter an amount in SOL (at least " + MINIMUM.toPlainString() + ")");
        }
        if (typed.length() > MAX_INPUT_LENGTH || !typed.matches("[0-9]*\\.?[0-9]*")) {
            return Check.bad("Not a number: use digits and one decimal point, e.g. 0.05");
        }
        if (typed.equals(".")) {
            return Check.bad("Not a number: use digits and one decimal point, e.g. 0.05");
        }
        BigDecimal amount = new BigDecimal(typed);
        if (amount.signum() <= 0) {
            return Check.bad("The amount must be positive");
        }
        if (amount.stripTrailingZeros().scale() > MoneyFormat.SOL_DECIMALS) {
            return Check.bad("At most 9 decimals");
        }
        if (amount.compareTo(MINIMUM) < 0) {
            return Check.bad("At least " + MINIMUM.toPlainString() + " SOL");
        }
        return Check.ok(amount);
    }

    /** The typed amount, or zero when it is not a valid number (so "+0.01" on an empty field gives 0.01). */
    public static BigDecimal orZero(String text) {
        Check check = check(text);
        return check.valid() ? check.amount() : BigDecimal.ZERO;
    }

    public static BigDecimal plus(String text, BigDecimal increment) {
        return truncate(orZero(text).add(increment));
    }

    public static BigDecimal half(String text) {
        return truncate(orZero(text).divide(BigDecimal.valueOf(2), MoneyFormat.SOL_DECIMALS, RoundingMode.DOWN));
    }

    public static BigDecimal twice(String text) {
        return truncate(orZero(text).multiply(BigDecimal.valueOf(2)));
    }

    /** All the cash there is, truncated to 9 decimals; zero when the cash is unknown. */
    public static BigDecimal max(BigDecimal cash) {
        return cash == null || cash.signum() < 0 ? BigDecimal.ZERO : truncate(cash);
    }

    private static BigDecimal truncate(BigDecimal value) {
        return value.setScale(MoneyFormat.SOL_DECIMALS, RoundingMode.DOWN).stripTrailingZeros();
    }
}
