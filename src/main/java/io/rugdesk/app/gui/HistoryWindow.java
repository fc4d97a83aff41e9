package io.rugdesk.app.gui;

import io.rugdesk.app.history.History;
import io.rugdesk.app.history.HistoryLoader;
import io.rugdesk.app.history.PaperRun;
import io.rugdesk.app.report.ReportCharts;
import io.rugdesk.backtest.FillRow;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.ReportCsv;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.backtest.Summary;
import io.rugdesk.ui.MoneyFormat;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * View → History: reads every recording of the recording folder on a background thread (a progress bar shows how
 * far) and shows the player's ledger of fills and sidebets, P&amp;L per game, session and day, the backtest's
 * summary figures (win rate, drawdown, the sidebets' realised win rate beside 1 − 0.995^40) and charts (the
 * backtest report's equity curve, the rug ticks against the price model). The ledger exports as the backtest's
 * CSV. The bot's paper runs (its JSON reports in the folder or its {@code reports} subfolder) are listed beside
 * them in the games and sessions tables, marked PAPER, and kept out of the figures and the ledger. Thread: EDT, except the loading, which runs on a {@link SwingWorker} thread and hands back an immutable
 * {@link History}.
 */
public final class HistoryWindow extends JFrame {

    private static final int RUG_BINS = 40;
    private static final String RECORDED = "recorded";

    private final JProgressBar progress = new JProgressBar();
    private final JLabel summary = new JLabel("Reading recordings and bot reports…");
    private final DefaultTableModel ledger = table("Game", "Game id", "Tick", "Kind", "Price", "Tokens", "SOL",
            "Running P&L");
    private final DefaultTableModel games = table("Game", "Game id", "Rug tick", "Fills", "Sidebets (won)", "P&L",
            "Running P&L", "Kind");
    private final DefaultTableModel sessions = table("Session start (UTC)", "Games", "Traded", "P&L", "Kind");
    private final DefaultTableModel days = table("Day (UTC)", "Games", "Traded", "P&L");
    private final JTabbedPane tabs = new JTabbedPane();
    private final JButton export = new JButton("Export ledger CSV…");
    private final AtomicBoolean closed = new AtomicBoolean();
    private History history;

    private HistoryWindow(Path folder) {
        super("History: " + folder);
        setName("historyWindow");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        progress.setName("historyProgress");
        progress.setStringPainted(true);
        summary.setName("historySummary");
        export.setName("historyExportCsv");
        export.setEnabled(false);
        export.addActionListener(e -> exportCsv());
        tabs.setName("historyTabs");
        tabs.addTab("Ledger", scroll(ledger, "historyLedger"));
        tabs.addTab("Games", scroll(games, "historyGames"));
        tabs.addTab("Sessions", scroll(sessions, "historySessions"));
        tabs.addTab("Days", scroll(days, "historyDays"));
        JPanel top = new JPanel(new BorderLayout(8, 4));
        top.add(progress, BorderLayout.NORTH);
        top.add(summary, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        bottom.add(export);
        add(top, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        setSize(1100, 700);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                closed.set(true);
            }
        });
    }

    /** Opens the window and starts reading {@code folder}. */
    public static HistoryWindow open(Path folder) {
        HistoryWindow window = new HistoryWindow(folder);
        window.setLocationByPlatform(true);
        window.setVisible(true);
        window.load(folder);
        return window;
    }

    private void load(Path folder) {
        new SwingWorker<History, int[]>() {
            @Override
            protected History doInBackground() throws IOException {
                return HistoryLoader.load(folder, (done, total) -> publish(new int[] {done, total}), closed::get);
            }

            @Override
            protected void process(List<int[]> chunks) {
                int[] last = chunks.get(chunks.size() - 1);
                progress.setMaximum(last[1]);
                progress.setValue(last[0]);
                progress.setString(last[0] + " / " + last[1] + " files");
            }

            @Override
            protected void done() {
                try {
                    show(get());
                } catch (ExecutionException e) {
                    summary.setText("Could not read " + folder + ": " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void show(History loaded) {
        history = loaded;
        progress.setVisible(false);
        Summary s = loaded.summary();
        summary.setText("<html>" + count(s.games(), "game") + " (" + s.gamesTraded() + " traded, "
                + count(loaded.sessions().size(), "session") + ", " + count(loaded.days().size(), "day")
                + ")  ·  net P&amp;L " + money(s.netPnl())
                + " SOL  ·  win rate " + ratio(s.winRate()) + "  ·  max drawdown " + money(s.maxDrawdown())
                + " SOL<br>sidebets " + s.sidebets() + ": won " + s.sidebetsWon() + ", lost " + s.sidebetsLost()
                + "  ·  realised win rate " + ratio(s.sidebetWinRate()) + " (theory 1 − 0.995^40 = "
                + ratio(s.sidebetTheoreticalWinRate()) + ")"
                + (loaded.skipped().isEmpty() ? "" : "  ·  " + count(loaded.skipped().size(), "file") + " skipped")
                + paperSummary(loaded.paper()) + "</html>");
        for (GameResult g : loaded.games()) {
            for (FillRow row : g.fillRows()) {
                ledger.addRow(new Object[] {g.index() + 1, g.gameId(), row.tick(), row.kind(), price(row.price()),
                        money(row.qty()), money(row.amount()), money(row.cashAfter())});
            }
            games.addRow(new Object[] {g.index() + 1, g.gameId(), g.rugTick() < 0 ? "—" : g.rugTick(), g.fills(),
                    g.sidebets() + " (" + g.sidebetsWon() + ")", money(g.pnl()), money(g.endBalance()), RECORDED});
        }
        for (History.Period p : loaded.sessions()) {
            sessions.addRow(new Object[] {p.label(), p.games(), p.gamesTraded(), money(p.pnl()), RECORDED});
        }
        for (PaperRun run : loaded.paper()) {
            String kind = paperKind(run);
            int number = 0;
            for (PaperRun.Game g : run.games()) {
                games.addRow(new Object[] {++number, g.gameId(), g.rugTick() < 0 ? "—" : g.rugTick(), g.fills(),
                        g.sidebets() + " (" + g.sidebetsWon() + ")", money(g.pnl()), money(g.endBalance()), kind});
            }
            sessions.addRow(new Object[] {Instant.ofEpochMilli(run.writtenAt()).truncatedTo(ChronoUnit.SECONDS)
                    + " (report written)", run.games().size(), run.gamesTraded(), money(run.netPnl()), kind});
        }
        for (History.Period p : loaded.days()) {
            days.addRow(new Object[] {p.label(), p.games(), p.gamesTraded(), money(p.pnl())});
        }
        tabs.addTab("Equity", chart(ReportCharts.equity(loaded.games(), BigDecimal.ZERO), "historyEquityChart"));
        tabs.addTab("Rug ticks", chart(rugTicks(loaded), "historyRugTickChart"));
        export.setEnabled(true);
    }

    /** "PAPER · bot STRATEGY (FILE)": how a bot run's rows are marked. */
    static String paperKind(PaperRun run) {
        return "PAPER · bot " + run.strategy() + " (" + run.file() + ")";
    }

    private static String paperSummary(List<PaperRun> paper) {
        if (paper.isEmpty()) {
            return "";
        }
        int games = paper.stream().mapToInt(r -> r.games().size()).sum();
        BigDecimal pnl = paper.stream().map(PaperRun::netPnl).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return "<br>paper (bot reports, not in the figures above): " + paper.size() + (paper.size() == 1 ? " run, " : " runs, ") + games
                + " games, net P&amp;L " + money(pnl) + " SOL";
    }

    /** Recorded rug ticks per bin beside n × (0.995^from − 0.995^to), the price model's count. */
    private static JFreeChart rugTicks(History loaded) {
        int maxTick = loaded.games().stream().mapToInt(GameResult::rugTick).max().orElse(0);
        int width = Math.max(10, (maxTick + RUG_BINS) / RUG_BINS);
        int[] counts = loaded.rugTickCounts(width);
        int n = loaded.ruggedGames();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int bin = 0; bin < counts.length; bin++) {
            String label = String.valueOf(bin * width);
            data.addValue(counts[bin], "recorded games", label);
            data.addValue(History.expectedRugs(n, bin * width, width).doubleValue(), "price model", label);
        }
        return ChartFactory.createBarChart(null, "rug tick (bin start, width " + width + ")", "games", data,
                PlotOrientation.VERTICAL, true, true, false);
    }

    private void exportCsv() {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("history-ledger.csv"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        List<GameResult> rows = new ArrayList<>(history.games());
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws IOException {
                try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    ReportCsv.write(rows, out);
                }
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    summary.setToolTipText("Ledger exported to " + target);
                } catch (ExecutionException e) {
                    summary.setText("Could not export to " + target + ": " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private static ChartPanel chart(JFreeChart chart, String name) {
        ChartPanel panel = new ChartPanel(chart);
        panel.setName(name);
        return panel;
    }

    private static JScrollPane scroll(DefaultTableModel model, String name) {
        JTable table = new JTable(model);
        table.setName(name);
        table.setAutoCreateRowSorter(true);
        for (int column = 0; column < model.getColumnCount(); column++) {
            // a real game id (date, dash, 16 hex digits) shows whole; the game's number needs little
            String header = model.getColumnName(column);
            table.getColumnModel().getColumn(column).setPreferredWidth(
                    header.equals("Game id") ? 220 : header.equals("Game") ? 50 : 110);
        }
        return new JScrollPane(table);
    }

    private static DefaultTableModel table(String... columns) {
        return new DefaultTableModel(columns, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : ReportJson.money(value);
    }

    /** A price as the window's status bar shows it ("1.0212x"); the recording keeps every digit. */
    private static String price(BigDecimal value) {
        return value == null ? "" : MoneyFormat.price(value);
    }

    /** "1 game", "2 games". */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String ratio(BigDecimal value) {
        return value == null ? "—" : value.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }
}
