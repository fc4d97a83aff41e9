package io.rugdesk.backtest;

import java.math.BigDecimal;

/**
 * One fill of a backtest (a CSV row): the game, the tick the intent was decided on and the tick it filled on,
 * {@code kind} (BUY, SELL, RUG_LIQUIDATION, SIDEBET, SIDEBET_WON, SIDEBET_LOST), price, tokens, SOL (paid, received,
 * staked or paid out), the balance after it, and the strategy's reason. {@code expectedPrice} is the price of the
 * tick on which the strategy decided (null where no one decided: a backtest's row, a settlement), so
 * {@link #slippage()} is what a live fill cost against the price the strategy saw.
 */
public record FillRow(String gameId, int decidedTick, int tick, String kind, BigDecimal price, BigDecimal qty,
                      BigDecimal amount, BigDecimal cashAfter, String reason, BigDecimal expectedPrice) {

    /** A row without an expected price. */
    public FillRow(String gameId, int decidedTick, int tick, String kind, BigDecimal price, BigDecimal qty,
            BigDecimal amount, BigDecimal cashAfter, String reason) {
        this(gameId, decidedTick, tick, kind, price, qty, amount, cashAfter, reason, null);
    }

    /** Filled price minus expected price (positive: a buy paid more, a sell got more), or null when unknown. */
    public BigDecimal slippage() {
        return expectedPrice == null || price == null ? null : price.subtract(expectedPrice);
    }

    /** The same row with the balance after it moved by {@code shift}. */
    public FillRow withCashShifted(BigDecimal shift) {
        return new FillRow(gameId, decidedTick, tick, kind, price, qty, amount, cashAfter.add(shift), reason,
                expectedPrice);
    }
}
