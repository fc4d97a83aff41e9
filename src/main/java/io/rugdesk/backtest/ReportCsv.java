package io.rugdesk.backtest;

import java.io.IOException;
import java.io.Writer;

/**
 * The CSV report: a header, then one row per fill, sidebet and sidebet settlement, in game order. The last two
 * columns are the price of the tick the strategy decided on and the slippage (filled − expected); empty where
 * unknown (a backtest's rows, settlements).
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static void write(BacktestReport report, Writer out) throws IOException {
        write(report.games(), out);
    }

    /** The same CSV of any games (the history window exports the recorded games with it). */
    public static void write(java.util.List<GameResult> games, Writer out) throws IOException {
        header(out);
        for (GameResult g : games) {
            rows(g, out);
        }
    }

    /** The header line; then {@link #rows} of each game in order (the streaming writer of a long run). */
    public static void header(Writer out) throws IOException {
        out.write("game,gameId,decidedTick,tick,kind,price,qty,amount,balanceAfter,reason,expectedPrice,slippage\n");
    }

    /** One game's rows. */
    public static void rows(GameResult g, Writer out) throws IOException {
        for (FillRow row : g.fillRows()) {
            out.write(g.index() + "," + cell(row.gameId()) + "," + row.decidedTick() + "," + row.tick() + ","
                    + row.kind() + "," + plain(row.price()) + "," + plain(row.qty()) + ","
                    + plain(row.amount()) + "," + plain(row.cashAfter()) + "," + cell(row.reason()) + ","
                    + plain(row.expectedPrice()) + "," + plain(row.slippage()) + "\n");
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : ReportJson.money(value);
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
