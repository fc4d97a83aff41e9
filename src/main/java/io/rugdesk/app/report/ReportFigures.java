package io.rugdesk.app.report;

import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.backtest.Summary;
import java.math.BigDecimal;
import java.util.List;

/**
 * The summary figures of a backtest as named text rows, shown alike by the HTML page and the Backtest window.
 * Every figure is the report's exact decimal. Thread: any.
 */
public final class ReportFigures {

    /** One named figure. */
    public record Figure(String name, String value) {
    }

    private ReportFigures() {
    }

    public static List<Figure> of(BacktestReport report) {
        Summary s = report.summary();
        return List.of(
                new Figure("games (traded / failed)", s.games() + " (" + s.gamesTraded() + " / " + s.gamesFailed()
                        + ")"),
                new Figure("start → end balance (SOL)", ReportJson.money(s.startBalance()) + " → "
                        + ReportJson.money(s.endBalance())),
                new Figure("net P&L (SOL)", ReportJson.money(s.netPnl()) + " (" + plain(s.returnPct()) + " %)"),
                new Figure("win rate", plain(s.winRate())),
                new Figure("profit factor", plain(s.profitFactor())),
                new Figure("expectancy per traded game (SOL), 95 % CI", ReportJson.money(s.expectancy()) + " ["
                        + ReportJson.money(s.expectancyLow95()) + ", " + ReportJson.money(s.expectancyHigh95()) + "]"),
                new Figure("max drawdown (SOL, %)", ReportJson.money(s.maxDrawdown()) + ", "
                        + plain(s.maxDrawdownPct())),
                new Figure("longest losing streak", String.valueOf(s.longestLosingStreak())),
                new Figure("sidebets won / lost (rate; theory)", s.sidebetsWon() + " / " + s.sidebetsLost() + " ("
                        + plain(s.sidebetWinRate()) + "; " + plain(s.sidebetTheoreticalWinRate()) + ")"),
                new Figure("refused intents", s.refused() + " " + s.refusedByReason()),
                new Figure("stopped by", s.stoppedBy() == null ? "—" : s.stoppedBy()));
    }

    static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
