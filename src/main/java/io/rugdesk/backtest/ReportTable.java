package io.rugdesk.backtest;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;

/** The terminal summary: one two-column table of the figures, then the skipped sources and failed games. */
public final class ReportTable {

    private ReportTable() {
    }

    public static void print(BacktestReport report, PrintWriter out) {
        Summary s = report.summary();
        String line = "-".repeat(60);
        out.println(line);
        out.printf("%-28s %s%n", "strategy", report.settings().strategy().name() + " "
                + report.settings().strategy().parameters().asText());
        row(out, "games (traded / failed)", s.games() + " (" + s.gamesTraded() + " / " + s.gamesFailed() + ")");
        row(out, "fills", String.valueOf(s.fills()));
        row(out, "start -> end balance (SOL)", ReportJson.money(s.startBalance()) + " -> "
                + ReportJson.money(s.endBalance()));
        row(out, "net P&L (SOL)", ReportJson.money(s.netPnl()) + "  (" + pct(s.returnPct()) + ")");
        row(out, "win rate", s.winRate() == null ? "-" : pct(s.winRate().movePointRight(2)));
        row(out, "profit factor", s.profitFactor() == null ? "-" : s.profitFactor().toPlainString());
        row(out, "expectancy / traded game", s.expectancy() == null ? "-" : ReportJson.money(s.expectancy())
                + (s.expectancyLow95() == null ? "" : "  95% CI [" + ReportJson.money(s.expectancyLow95()) + ", "
                + ReportJson.money(s.expectancyHigh95()) + "]"));
        row(out, "max drawdown (SOL, %)", ReportJson.money(s.maxDrawdown()) + ", " + pct(s.maxDrawdownPct()));
        row(out, "longest losing streak", String.valueOf(s.longestLosingStreak()));
        row(out, "best / worst game", game(s.bestGame()) + " / " + game(s.worstGame()));
        row(out, "average ticks held", s.avgTicksHeld() == null ? "-"
                : s.avgTicksHeld().stripTrailingZeros().toPlainString());
        row(out, "sidebets won / lost", s.sidebetsWon() + " / " + s.sidebetsLost() + (s.sidebetWinRate() == null
                ? "" : "  (" + pct(s.sidebetWinRate().movePointRight(2)) + ", theory "
                + pct(s.sidebetTheoreticalWinRate().movePointRight(2)) + ")"));
        StringBuilder reasons = new StringBuilder();
        for (Map.Entry<String, Integer> e : s.refusedByReason().entrySet()) {
            reasons.append(reasons.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        row(out, "refused intents", s.refused() + (reasons.length() == 0 ? "" : "  (" + reasons + ")"));
        if (s.lateTicks() > 0 || s.joinedMidGame() > 0) {
            row(out, "joined mid-game / late ticks", s.joinedMidGame() + " / " + s.lateTicks());
        }
        if (s.stoppedBy() != null) {
            row(out, "stopped by", s.stoppedBy());
        }
        out.println(line);
        for (SourceEntry source : report.sources()) {
            if (source.skipped() != null) {
                out.println("skipped " + source.source() + ": " + source.skipped());
            }
        }
        for (GameResult g : report.games()) {
            if (g.failed() != null) {
                out.println("failed " + g.gameId() + ": " + g.failed());
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("%-28s %s%n", name, value);
    }

    private static String pct(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    private static String game(GameResult g) {
        return g == null ? "-" : g.gameId() + " " + ReportJson.money(g.pnl());
    }
}
