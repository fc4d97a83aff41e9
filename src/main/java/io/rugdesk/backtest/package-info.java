/**
 * Backtests (issue 12): games from recordings, captures, revealed-games files or the price model
 * ({@link io.rugdesk.backtest.GameTape}s), run through a strategy, the risk limits and the exchange
 * ({@link io.rugdesk.backtest.GameRunner}, {@link io.rugdesk.backtest.Backtest}), and the report with its figures
 * ({@link io.rugdesk.backtest.BacktestReport}, {@link io.rugdesk.backtest.Summary}) as JSON, CSV and a terminal
 * table. Charts are drawn outside this package (no Swing/AWT here); so is the command line.
 */
package io.rugdesk.backtest;
