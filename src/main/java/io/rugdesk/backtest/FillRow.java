package io.rugdesk.backtest;

import java.math.BigDecimal;

/**
 * One fill of a backtest (a CSV row): the game, the tick the intent was decided on and the tick it filled on,
 * {@code kind} (BUY, SELL, RUG_LIQUIDATION, SIDEBET, SIDEBET_WON, SIDEBET_LOST), price, tokens, SOL (paid, received,
 * staked or paid out), the balance after it, and the strategy's reason.
 */
public record FillRow(String gameId, int decidedTick, int tick, String kind, BigDecimal price, BigDecimal qty,
                      BigDecimal amount, BigDecimal cashAfter, String reason) {
}
