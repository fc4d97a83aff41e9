package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * A strategy's order filled, or its sidebet settled: on paper by the local exchange at the price of the tick the
 * strategy decided on, live as the server confirmed it. {@code kind} is BUY, SELL, RUG_LIQUIDATION, SIDEBET,
 * SIDEBET_WON or SIDEBET_LOST; {@code expectedPrice} the price of {@code decidedTick} (null for a settlement);
 * {@code qty} null for a sidebet; {@code cashAfter} the balance of the account the strategy trades after it.
 * Published by the strategy runner (package bot); the recorder writes it into the game's file (record
 * {@code strategyFill}), so a recording of a bot run carries the bot's fills, paper ones included.
 */
public record StrategyFilled(Stamp stamp, String gameId, boolean paper, String strategy, int decidedTick, int tick,
                             String kind, BigDecimal expectedPrice, BigDecimal price, BigDecimal qty,
                             BigDecimal amount, BigDecimal cashAfter, String reason) implements TradeEvent { }
