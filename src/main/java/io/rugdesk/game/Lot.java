package io.rugdesk.game;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One buy still (partly) held: {@code qty} tokens at {@code price}, with two bases because the server uses
 * two (derived from the DT-Q2 sample, protocol.md §2.3, see {@code PlayerAccountGoldenTest}):
 * <ul>
 *   <li>{@code costBasis}, what {@code avgCost} divides: the lot's value at its purchase price, floor9(qty ×
 *       price) — 0.001999999 for a 0.002 SOL buy at 1.4444769765…; this reproduces the server's avgCost
 *       1.181828845 exactly, where "basis += amount" gives 1.181829141;</li>
 *   <li>{@code amount}, the SOL paid, which {@code totalInvested} and {@code cumulativePnL} use (0.004 and
 *       0.000888953 in the same sample; with the cost basis they would be 0.003999999 and 0.000888954).</li>
 * </ul>
 * The cost basis is kept as {@code unitCost} (basis ÷ qty to 18 decimals), so a partial sell removes
 * sold × unitCost and leaves a single lot's avgCost unchanged, as the server's does (protocol.md §4.6).
 */
public record Lot(BigDecimal qty, BigDecimal price, BigDecimal unitCost, BigDecimal amount) {

    /** Decimals of {@link #unitCost()}: far below the 9 of every reported figure. */
    public static final int UNIT_COST_SCALE = 18;

    public Lot {
        Objects.requireNonNull(qty, "qty");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(amount, "amount");
        if (qty.signum() <= 0) {
            throw new IllegalArgumentException("a lot holds a positive quantity: " + qty);
        }
    }

    /** A lot bought for {@code amount} SOL at {@code price}: qty floor9(amount / price), basis floor9(qty × price). */
    public static Lot bought(BigDecimal amount, BigDecimal price) {
        BigDecimal qty = Money.quantityBought(amount, price);
        if (qty.signum() == 0) {
            throw new IllegalArgumentException("buy of " + amount + " at " + price + " yields no tokens");
        }
        BigDecimal unitCost = Money.value(qty, price).divide(qty, UNIT_COST_SCALE, RoundingMode.DOWN);
        return new Lot(qty, price, unitCost, amount);
    }

    /** The single lot standing for a position adopted from the server; its avgCost is the server's number. */
    public static Lot adopted(BigDecimal qty, BigDecimal avgCost) {
        return new Lot(qty, avgCost, avgCost, Money.value(qty, avgCost));
    }

    /** Basis for avgCost: qty × unitCost. */
    public BigDecimal costBasis() {
        return qty.multiply(unitCost);
    }

    /**
     * What stays of this lot after {@code soldQty} (less than {@link #qty()}) of it were sold: same unit cost,
     * the amount paid shrinks in proportion, truncated.
     */
    public Lot remainderAfter(BigDecimal soldQty) {
        if (soldQty.signum() <= 0 || soldQty.compareTo(qty) >= 0) {
            throw new IllegalArgumentException("partial sale of " + soldQty + " from a lot of " + qty);
        }
        BigDecimal remaining = qty.subtract(soldQty);
        BigDecimal remainingAmount = Money.floor9(amount.multiply(remaining)
                .divide(qty, UNIT_COST_SCALE, RoundingMode.DOWN));
        return new Lot(remaining, price, unitCost, remainingAmount);
    }
}
