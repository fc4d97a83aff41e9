package io.rugdesk.app.gui;

import io.rugdesk.app.report.HtmlReport;
import io.rugdesk.app.report.ReportCharts;
import io.rugdesk.app.report.ReportFigures;
import io.rugdesk.backtest.Backtest;
import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.GameSources;
import io.rugdesk.backtest.GeneratedGames;
import io.rugdesk.backtest.ReportCsv;
import io.rugdesk.backtest.ReportJson;
import io.rugdesk.backtest.SourceEntry;
import io.rugdesk.event.DaemonThreads;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.ChartPanel;

/**
 * File → Backtest…: runs a strategy over the recording folder or generated games (issue 12), off the EDT on
 * one runner thread (games on a pool of every core when the strategy allows), with a progress bar and Cancel;
 * shows the summary figures, the four charts and the per-game table, and exports the report as HTML, JSON and CSV.
 * Figures and charts come from the same code as the HTML report ({@link ReportFigures}, {@link ReportCharts}).
 * Memory stays flat however many games run: the JSON and CSV reports are written to temporary files game by game
 * during the run (Export copies them), and the window keeps only the first {@value #SHOWN_GAMES} games with their
 * fills for the Games tab and the HTML page, which it says.
 * Thread: EDT, except the run and the exports, which go to the runner thread and come back with invokeLater.
 */
public final class BacktestWindow {

    /** Games (with their fills) the window keeps and lists; the exported JSON and CSV have every game. */
    static final int SHOWN_GAMES = HtmlReport.MAX_ROWS;

    private final JFrame frame = new JFrame("Backtest");
    private final BacktestForm form;
    private final JButton run = button("Run", "backtestRun");
    private final JButton cancel = button("Cancel", "backtestCancel");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel status = new JLabel("Choose a strategy and a source, then Run.");
    private final DefaultTableModel figures = table("Figure", "Value");
    private final JTable figureTable = new JTable(figures);
    private final BacktestGamesModel games = new BacktestGamesModel();
    private final JPanel charts = new JPanel(new GridLayout(2, 2, 6, 6));
    private final List<JButton> exports = new ArrayList<>();
    private final ExecutorService runner =
            Executors.newSingleThreadExecutor(DaemonThreads.named("rugdesk-backtest-gui"));
    private final AtomicLong gamesDone = new AtomicLong();
    private final AtomicBoolean progressPosted = new AtomicBoolean();
    private volatile long gamesTotal;
    private volatile Thread runThread;
    private volatile boolean cancelRequested;
    private BacktestReport report;
    private volatile Path streamedJson;
    private volatile Path streamedCsv;

    private BacktestWindow(String recordingFolder) {
        form = new BacktestForm(recordingFolder);
        frame.setName("backtestWindow");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                runner.shutdownNow();
                deleteStreamed();
            }
        });
        progress.setName("backtestProgress");
        progress.setStringPainted(true);
        progress.setString("");
        status.setName("backtestStatus");
        figureTable.setName("backtestSummary");
        JTable gameTable = new JTable(games);
        gameTable.setName("backtestGames");
        charts.setName("backtestCharts");
        cancel.setEnabled(false);
        run.addActionListener(e -> start());
        cancel.addActionListener(e -> cancel());

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(run);
        buttons.add(cancel);
        JPanel left = new JPanel();
        left.setLayout(new BoxLayout(left, BoxLayout.Y_AXIS));
        left.add(form.component());
        left.add(buttons);
        left.add(progress);
        JPanel west = new JPanel(new BorderLayout());
        west.add(left, BorderLayout.NORTH);
        west.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));

        JPanel exportRow = new JPanel(new FlowLayout(FlowLayout.LEFT));
        exportRow.add(new JLabel("Export:"));
        exportRow.add(export("HTML…", "backtestExportHtml", "html", (shown, file) -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                HtmlReport.write(shown, out);
            }
        }));
        exportRow.add(export("JSON…", "backtestExportJson", "json", copyOf(() -> streamedJson)));
        exportRow.add(export("CSV…", "backtestExportCsv", "csv", copyOf(() -> streamedCsv)));
        JPanel summary = new JPanel(new BorderLayout());
        summary.add(new JScrollPane(figureTable), BorderLayout.CENTER);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("backtestTabs");
        tabs.addTab("Summary", summary);
        tabs.addTab("Charts", charts);
        tabs.addTab("Games", new JScrollPane(gameTable));
        JPanel center = new JPanel(new BorderLayout());
        center.add(tabs, BorderLayout.CENTER);
        center.add(exportRow, BorderLayout.SOUTH);

        frame.getContentPane().add(west, BorderLayout.WEST);
        frame.getContentPane().add(center, BorderLayout.CENTER);
        frame.getContentPane().add(status, BorderLayout.SOUTH);
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        frame.setPreferredSize(new Dimension(1300, 820));
        frame.pack();
        showReport(null);
    }

    /** Opens a new Backtest window; {@code recordingFolder} (may be null) is the default source. EDT only. */
    public static BacktestWindow open(String recordingFolder) {
        BacktestWindow window = new BacktestWindow(recordingFolder);
        window.frame.setLocationByPlatform(true);
        window.frame.setVisible(true);
        return window;
    }

    public JFrame frame() {
        return frame;
    }

    private void start() {
        BacktestForm.Request request;
        try {
            request = form.request();
        } catch (IllegalArgumentException e) {
            status.setText("Cannot run: " + e.getMessage());
            return;
        }
        showReport(null);
        form.setEnabled(false);
        run.setEnabled(false);
        cancel.setEnabled(true);
        gamesDone.set(0);
        progress.setIndeterminate(true);
        progress.setString("reading games…");
        status.setText("Running " + request.settings().strategy().name() + "…");
        cancelRequested = false;
        runner.execute(() -> runOffEdt(request));
    }

    private void runOffEdt(BacktestForm.Request request) {
        ExecutorService pool = null;
        runThread = Thread.currentThread();
        try {
            if (cancelRequested) {
                throw new InterruptedException("cancelled before the start");
            }
            GameSources.Loaded loaded = request.folder() == null ? new GameSources.Loaded(List.of(), List.of())
                    : GameSources.read(List.of(request.folder()));
            GeneratedGames generated = request.generate() == null ? null
                    : new GeneratedGames(request.generate(), request.seed());
            gamesTotal = loaded.games().size() + (generated == null ? 0 : generated.count());
            pool = Backtest.workers(Runtime.getRuntime().availableProcessors(), request.settings());
            Path json = Files.createTempFile("rugdesk-backtest-", ".json");
            Path csv = Files.createTempFile("rugdesk-backtest-", ".csv");
            json.toFile().deleteOnExit();
            csv.toFile().deleteOnExit();
            BacktestReport done;
            try (Writer jsonOut = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
                 Writer csvOut = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                ReportJson.Stream stream = new ReportJson.Stream(jsonOut, request.settings(),
                        Backtest.sources(loaded.sources(), generated));
                ReportCsv.header(csvOut);
                done = new Backtest(request.settings(), pool, this::progressed).run(loaded.games(), generated,
                        loaded.sources(), game -> {
                            stream.game(game);
                            ReportCsv.rows(game, csvOut);
                        }, SHOWN_GAMES);
                stream.finish(done.summary());
            } catch (IOException | InterruptedException | RuntimeException e) {
                Files.deleteIfExists(json);
                Files.deleteIfExists(csv);
                throw e;
            }
            SwingUtilities.invokeLater(() -> {
                deleteStreamed();
                streamedJson = json;
                streamedCsv = csv;
                finished(done, null);
            });
        } catch (InterruptedException e) {
            SwingUtilities.invokeLater(() -> finished(null, "Cancelled after " + gamesDone.get() + " games."));
        } catch (IOException e) {
            SwingUtilities.invokeLater(() -> finished(null, "Failed: cannot write the report: " + e.getMessage()));
        } catch (RuntimeException e) {
            SwingUtilities.invokeLater(() -> finished(null, "Failed: " + e.getMessage()));
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            runThread = null;
            Thread.interrupted();   // a Cancel that came after the last game must not reach the next task
        }
    }

    /** Runner thread: at most one progress update waits on the EDT at a time, however fast games end. */
    private void progressed(long done) {
        gamesDone.set(done);
        if (progressPosted.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> {
                progressPosted.set(false);
                long total = Math.max(1, gamesTotal);
                long now = gamesDone.get();
                progress.setIndeterminate(false);
                progress.setValue((int) (now * 1000 / total));
                progress.setString(now + " / " + gamesTotal + " games");
            });
        }
    }

    private void cancel() {
        cancelRequested = true;
        Thread thread = runThread;
        if (thread != null) {
            thread.interrupt();
        }
        cancel.setEnabled(false);
        status.setText("Cancelling…");
    }

    private void finished(BacktestReport done, String message) {
        form.setEnabled(true);
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setIndeterminate(false);
        if (done == null) {
            progress.setString("");
            progress.setValue(0);
            status.setText(message);
            return;
        }
        int total = done.summary().games();
        progress.setValue(1000);
        progress.setString(total + " / " + total + " games");
        showReport(done);
        long skipped = done.sources().stream().filter(s -> s.skipped() != null).count();
        status.setText("Done: " + total + " games" + (skipped == 0 ? "" : ", " + skipped
                + " sources skipped (see Summary)") + "."
                + (done.allGamesKept() ? "" : " The Games tab lists the first " + done.games().size() + " (with their"
                + " fills); the JSON and CSV exports have all " + total + "."));
    }

    private void deleteStreamed() {
        for (Path file : new Path[] {streamedJson, streamedCsv}) {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
        streamedJson = null;
        streamedCsv = null;
    }

    private void showReport(BacktestReport shown) {
        report = shown;
        figures.setRowCount(0);
        charts.removeAll();
        games.show(shown == null ? List.of() : shown.games());
        exports.forEach(b -> b.setEnabled(shown != null));
        if (shown != null) {
            ReportFigures.of(shown).forEach(f -> figures.addRow(new Object[] {f.name(), f.value()}));
            for (SourceEntry source : shown.sources()) {
                if (source.skipped() != null) {
                    figures.addRow(new Object[] {"skipped " + source.source(), source.skipped()});
                }
            }
            for (ReportCharts.TitledChart chart : ReportCharts.all(shown)) {
                chart.chart().setTitle(chart.title());
                charts.add(new ChartPanel(chart.chart()));
            }
        }
        charts.revalidate();
        charts.repaint();
    }

    /** Writes one report format to a file. */
    private interface ReportWriter {
        void write(BacktestReport report, Path file) throws IOException;
    }

    /**
     * The report streamed during the run, copied (on the runner thread, which runs no backtest meanwhile: Export is
     * off while one runs).
     */
    private static ReportWriter copyOf(java.util.function.Supplier<Path> streamed) {
        return (shown, file) -> {
            Path source = streamed.get();
            if (source == null) {
                throw new IOException("the run's report file is gone");
            }
            Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        };
    }

    private JButton export(String text, String name, String extension, ReportWriter writer) {
        JButton button = button(text, name);
        button.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setName("backtestExportChooser");
            chooser.setSelectedFile(new File("backtest." + extension));
            if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION || report == null) {
                return;
            }
            BacktestReport exported = report;
            Path file = chooser.getSelectedFile().toPath();
            status.setText("Writing " + file + "…");
            runner.submit(() -> {
                String result;
                try {
                    writer.write(exported, file);
                    result = "Saved " + file;
                } catch (IOException | RuntimeException ex) {
                    result = "Cannot write " + file + ": " + ex.getMessage();
                }
                String shown = result;
                SwingUtilities.invokeLater(() -> status.setText(shown));
            });
        });
        exports.add(button);
        return button;
    }

    private static JButton button(String text, String name) {
        JButton button = new JButton(text);
        button.setName(name);
        return button;
    }

    private static DefaultTableModel table(String... columns) {
        return new DefaultTableModel(columns, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }
}
