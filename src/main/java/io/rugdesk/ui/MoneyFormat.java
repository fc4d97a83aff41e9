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

    /**
     * Shorter forms of a value already formatted by {@link #sol}, {@link #quantity} or {@link #signed}, for a cell
     * too narrow for all its digits: rounded half-up to 6, then 4, then 2 decimals and marked "≈", so a rounded
     * value never passes for the exact one. Forms no shorter than the text are left out.
     */
    public static java.util.List<String> rounded(String formatted) {
        java.util.List<String> forms = new java.util.ArrayList<>();
        if (formatted == null || formatted.equals(UNKNOWN) || formatted.isEmpty()) {
            return forms;
        }
        String sign = formatted.startsWith("+") || formatted.startsWith("\u2212") ? formatted.substring(0, 1) : "";
        BigDecimal value;
        try {
            value = new BigDecimal(formatted.substring(sign.length()));
        } catch (NumberFormatException e) {
            return forms;
        }
        for (int decimals : new int[] {6, 4, 2}) {
            if (value.scale() <= decimals) {
                continue;
            }
            String form = "\u2248" + sign + value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            if (form.length() < formatted.length()) {
                forms.add(form);
            }
        }
        return forms;
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
