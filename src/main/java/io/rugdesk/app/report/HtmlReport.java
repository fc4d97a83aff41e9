package io.rugdesk.app.report;

import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.backtest.SourceEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * One self-contained HTML page of a backtest: the summary figures, four charts embedded as base64 PNG (balance
 * after each game, drawdown from the running peak, histogram of P&amp;L per game, P&amp;L against rug tick) and the
 * per-game table (the first {@value #MAX_ROWS} games; the JSON report has them all). Chart values are doubles for
 * drawing only; every figure in text is the report's exact decimal.
 */
public final class HtmlReport {

    /** Games listed in the page's table (the JSON report has them all). */
    public static final int MAX_ROWS = 2000;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 320;

    private HtmlReport() {
    }

    public static void write(BacktestReport report, Writer out) throws IOException {
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
        for (ReportFigures.Figure figure : ReportFigures.of(report)) {
            row(html, figure.name(), figure.value());
        }
        html.append("</table>\n");
        for (SourceEntry source : report.sources()) {
            if (source.skipped() != null) {
                html.append("<p>Skipped ").append(esc(source.source())).append(": ").append(esc(source.skipped()))
                        .append("</p>\n");
            }
        }
        List<GameResult> games = report.games();
        for (ReportCharts.TitledChart chart : ReportCharts.all(report)) {
            image(html, chart.title(), chart.chart());
        }
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
        int shown = Math.min(MAX_ROWS, games.size());
        if (report.summary().games() > shown) {
            html.append("<p>… and ").append(report.summary().games() - shown)
                    .append(" more games in the JSON report.</p>\n");
        }
        html.append("</body></html>\n");
        out.write(html.toString());
    }

    private static void image(StringBuilder html, String title, JFreeChart chart) throws IOException {
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

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
