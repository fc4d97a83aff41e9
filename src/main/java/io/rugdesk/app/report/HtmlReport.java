package io.rugdesk.app.report;

import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.backtest.SourceEntry;
import io.rugdesk.backtest.Summary;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One self-contained HTML page of a backtest: the summary figures, four charts embedded as base64 PNG (balance
 * after each game, drawdown from the running peak, histogram of P&amp;L per game, P&amp;L against rug tick) and the
 * per-game table (the first {@value #MAX_ROWS} games; the JSON report has them all). Chart values are doubles for
 * drawing only; every figure in text is the report's exact decimal.
 */
public final class HtmlReport {

    static final int MAX_ROWS = 2000;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 320;

    private HtmlReport() {
    }

    public static void write(BacktestReport report, Writer out) throws IOException {
        Summary s = report.summary();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backtest: ")
                .append(esc(report.settings().strategy().name())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}")
                .append("td,th{padding:2px 10px;border-bottom:1px solid #ddd;text-align:right}")
                .append("th{background:#f4f4f4}td.l,th.l{text-align:left}.neg{color:#b00}.pos{color:#070}")
                .append("img{display:block;margin:1em 0}</style></head><body>\n");
        html.append("<h1>Backtest: ").append(esc(report.settings().strategy().name())).append("</h1>\n<p>")
                .append(esc(report.settings().strategy().parameters().asText().toString())).append("</p>\n");
        html.append("<table>\n");
        row(html, "games (traded / failed)", s.games() + " (" + s.gamesTraded() + " / " + s.gamesFailed() + ")");
        row(html, "start → end balance (SOL)", ReportJson.money(s.startBalance()) + " → "
                + ReportJson.money(s.endBalance()));
        row(html, "net P&L (SOL)", ReportJson.money(s.netPnl()) + " (" + plain(s.returnPct()) + " %)");
        row(html, "win rate", plain(s.winRate()));
        row(html, "profit factor", plain(s.profitFactor()));
        row(html, "expectancy per traded game (SOL), 95 % CI", ReportJson.money(s.expectancy()) + " ["
                + ReportJson.money(s.expectancyLow95()) + ", " + ReportJson.money(s.expectancyHigh95()) + "]");
        row(html, "max drawdown (SOL, %)", ReportJson.money(s.maxDrawdown()) + ", " + plain(s.maxDrawdownPct()));
        row(html, "longest losing streak", String.valueOf(s.longestLosingStreak()));
        row(html, "sidebets won / lost (rate; theory)", s.sidebetsWon() + " / " + s.sidebetsLost() + " ("
                + plain(s.sidebetWinRate()) + "; " + plain(s.sidebetTheoreticalWinRate()) + ")");
        row(html, "refused intents", s.refused() + " " + s.refusedByReason());
        row(html, "stopped by", s.stoppedBy() == null ? "—" : s.stoppedBy());
        html.append("</table>\n");
        for (SourceEntry source : report.sources()) {
            if (source.skipped() != null) {
                html.append("<p>Skipped ").append(esc(source.source())).append(": ").append(esc(source.skipped()))
                        .append("</p>\n");
            }
        }
        List<GameResult> games = report.games();
        image(html, "Balance after each game", equity(games, s.startBalance()));
        image(html, "Drawdown from the running peak", drawdown(games, s.startBalance()));
        image(html, "P&L per game", histogram(games));
        image(html, "P&L against rug tick", scatter(games));
        html.append("<h2>Games</h2>\n<table><tr><th>#</th><th class=\"l\">game</th><th>first tick</th>")
                .append("<th>rug tick</th><th>P&amp;L</th><th>balance</th><th>fills</th><th>sidebets (won)</th>")
                .append("<th>refused</th><th class=\"l\">failed</th></tr>\n");
        for (GameResult g : games.subList(0, Math.min(MAX_ROWS, games.size()))) {
            int sign = g.pnl().signum();
            html.append("<tr><td>").append(g.index() + 1).append("</td><td class=\"l\">").append(esc(g.gameId()))
                    .append("</td><td>").append(g.firstTick()).append("</td><td>").append(g.rugTick())
                    .append("</td><td class=\"").append(sign < 0 ? "neg" : sign > 0 ? "pos" : "").append("\">")
                    .append(ReportJson.money(g.pnl())).append("</td><td>").append(ReportJson.money(g.endBalance()))
                    .append("</td><td>").append(g.fills()).append("</td><td>").append(g.sidebets()).append(" (")
                    .append(g.sidebetsWon()).append(")</td><td>").append(g.refused()).append("</td><td class=\"l\">")
                    .append(g.failed() == null ? "" : esc(g.failed())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (games.size() > MAX_ROWS) {
            html.append("<p>… and ").append(games.size() - MAX_ROWS).append(" more games in the JSON report.</p>\n");
        }
        html.append("</body></html>\n");
        out.write(html.toString());
    }

    /** Balance after each game (public: the history window shows the same curve). */
    public static JFreeChart equity(List<GameResult> games, BigDecimal start) {
        XYSeries series = new XYSeries("balance");
        series.add(0, start.doubleValue());
        for (GameResult g : games) {
            series.add(g.index() + 1, g.endBalance().doubleValue());
        }
        return ChartFactory.createXYLineChart(null, "game", "SOL", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    /** Drawdown from the running peak after each game. */
    public static JFreeChart drawdown(List<GameResult> games, BigDecimal start) {
        XYSeries series = new XYSeries("drawdown");
        BigDecimal peak = start;
        series.add(0, 0);
        for (GameResult g : games) {
            peak = peak.max(g.endBalance());
            series.add(g.index() + 1, g.endBalance().subtract(peak).doubleValue());
        }
        return ChartFactory.createXYAreaChart(null, "game", "SOL below peak", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    /** Histogram of P&amp;L per game. */
    public static JFreeChart histogram(List<GameResult> games) {
        HistogramDataset data = new HistogramDataset();
        double[] values = games.stream().mapToDouble(g -> g.pnl().doubleValue()).toArray();
        if (values.length > 0) {
            data.addSeries("P&L", values, 40);
        }
        return ChartFactory.createHistogram(null, "P&L per game (SOL)", "games", data, PlotOrientation.VERTICAL,
                false, false, false);
    }

    private static JFreeChart scatter(List<GameResult> games) {
        XYSeries series = new XYSeries("games");
        for (GameResult g : games) {
            series.add(g.rugTick(), g.pnl().doubleValue());
        }
        return ChartFactory.createScatterPlot(null, "rug tick", "P&L (SOL)", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    private static void image(StringBuilder html, String title, JFreeChart chart) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(250, 250, 250));
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (plot.getRangeAxis() instanceof NumberAxis axis) {
                axis.setAutoRangeIncludesZero(false);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        html.append("<h2>").append(esc(title)).append("</h2>\n<img alt=\"").append(esc(title))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray()))
                .append("\">\n");
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\">").append(esc(value))
                .append("</td></tr>\n");
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
