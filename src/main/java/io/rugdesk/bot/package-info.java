/**
 * Strategies on a live feed: the {@link io.rugdesk.bot.StrategyRunner} feeds the ticks of the running game to a
 * strategy on the domain thread and passes its intents through the risk guard to a route, the
 * {@link io.rugdesk.bot.PaperRoute} (fills by the exchange core at the tick's price) or the live trading
 * controller; per game it keeps the figures of a backtest report (package backtest), so {@code rugdesk bot} writes
 * the same JSON contract. No Swing, no simulator. Thread: the domain thread.
 */
package io.rugdesk.bot;
