package io.rugdesk.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How money and prices look on screen (design.md §4: display formatting lives in ui only). Values keep their
 * exact digits up to 9 decimals; trailing zeros are trimmed but at least {@code minDecimals} stay, so columns
 * read evenly ("0.100", "1.234567891"). Thread: any (stateless).
 */
public final class MoneyFormat {

    public static final int SOL_DECIMALS = 9;
    private static final String UNKNOWN = "—";

    private MoneyFormat() {
    }

    /** SOL amount: up to 9 decimals, at least 3 ("1.500", "0.000123456"); "—" for null. */
    public static String sol(BigDecimal value) {
        return trimmed(value, 3);
    }

    /** Token quantity: up to 9 decimals, at least 2. */
    public static String quantity(BigDecimal value) {
        return trimmed(value, 2);
    }

    /** Price multiplier for the status bar and tooltips: 4 decimals and an "x" ("1.2345x"). */
    public static String price(BigDecimal value) {
        if (value == null) {
            return UNKNOWN;
        }
        return value.setScale(4, RoundingMode.HALF_UP).toPlainString() + "x";
    }

    /** A difference with its sign ("+0.001", "−0.5", "0" for zero). */
    public static String signed(BigDecimal value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value.signum() == 0) {
            return "0";
        }
        String digits = trimmed(value.abs(), 0);
        return (value.signum() > 0 ? "+" : "\u2212") + digits;
    }

    /** Exact plain digits for editing (no grouping, no exponent, trailing zeros trimmed). */
    public static String editable(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return value == null ? "" : "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static String trimmed(BigDecimal value, int minDecimals) {
        if (value == null) {
            return UNKNOWN;
        }
        BigDecimal scaled = value.setScale(SOL_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        if (scaled.scale() < minDecimals) {
            scaled = scaled.setScale(minDecimals, RoundingMode.UNNECESSARY);
        }
        return scaled.toPlainString();
    }
}
