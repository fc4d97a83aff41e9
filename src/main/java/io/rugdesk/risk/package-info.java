/**
 * Risk limits: pure checks in front of every order, the same classes for backtests, paper trading and live bots
 * (design.md §2, second wave). A {@link io.rugdesk.risk.RiskGuard} refuses new buys and sidebets past a limit;
 * sells are always allowed, so an open position can still be closed. No Swing, no simulator; no clock.
 * Thread: the owner's (a backtest worker or the domain thread).
 */
package io.rugdesk.risk;
