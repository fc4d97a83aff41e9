/**
 * The Strategy API: a {@link io.rugdesk.strategy.Strategy} sees one immutable {@link io.rugdesk.strategy.TickView}
 * per tick (game, tick, price, the prices so far, its account as the exchange reports it) and returns
 * {@link io.rugdesk.strategy.Intent}s (buy SOL, sell whole percent, sidebet SOL, each with a reason). The same
 * strategy runs in a backtest, on paper and live (design.md §2, second wave). Strategies are found by name
 * ({@link io.rugdesk.strategy.StrategyCatalog}): the built-ins and any {@link io.rugdesk.strategy.StrategyFactory}
 * a jar declares for {@link java.util.ServiceLoader}.
 *
 * <p>No Swing, no feed, no simulator, no file I/O, no wall clock, no threads: a strategy is a deterministic
 * function of what it saw and of the seeded {@link java.util.Random} it was given.
 */
package io.rugdesk.strategy;
