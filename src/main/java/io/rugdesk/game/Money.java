package io.rugdesk.game;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The server's money rules (protocol.md §4.5): SOL and token quantities carry 9 decimals and every derived
 * amount is truncated ({@link RoundingMode#DOWN}), never rounded up; there are no fees. Stateless.
 */
public final class Money {

    /** Decimals of SOL and of token quantities. */
    public static final int SCALE = 9;

    /** Smallest order the server was ever seen to accept (protocol.md §4.5). */
    public static final BigDecimal MIN_ORDER = new BigDecimal("0.001");

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** Truncates to 9 decimals. */
    public static BigDecimal floor9(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.DOWN);
    }

    /** Tokens a buy of {@code amount} SOL gets at {@code price}: floor9(amount / price). */
    public static BigDecimal quantityBought(BigDecimal amount, BigDecimal price) {
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive: " + price);
        }
        return amount.divide(price, SCALE, RoundingMode.DOWN);
    }

    /** SOL a sale of {@code qty} tokens at {@code price} pays: floor9(qty × price). */
    public static BigDecimal value(BigDecimal qty, BigDecimal price) {
        return floor9(qty.multiply(price));
    }

    /** True when {@code amount} has no more than 9 significant decimals (trailing zeros do not count). */
    public static boolean hasAtMostNineDecimals(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }
}
