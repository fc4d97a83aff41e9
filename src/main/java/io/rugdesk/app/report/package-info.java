/**
 * Report rendering that needs AWT (JFreeChart images), kept out of {@code backtest}, which may not use Swing or AWT
 * (design.md §2): the HTML page of a backtest. Thread: the caller's; no Swing components are created.
 */
package io.rugdesk.app.report;
