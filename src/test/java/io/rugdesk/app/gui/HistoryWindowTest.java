package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.app.history.HistoryFiles;
import java.awt.Frame;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * View → History over the recording folder of the running app: the window reads the three hand-written
 * recordings in the background and shows their ledger rows, games, sessions, days and the summary figures.
 * (docs/history-window.png is made from real runs' files by HistoryWindowOnBotRunsTest.)
 */
class HistoryWindowTest {

    @TempDir
    Path folder;

    private AppHarness app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            GuiActionRunner.execute(() -> {
                for (Frame frame : Frame.getFrames()) {
                    if ("historyWindow".equals(frame.getName())) {
                        frame.dispose();
                    }
                }
            });
            app.close();
        }
    }

    @Test
    void viewHistoryShowsTheLedgerOfTheRecordingFolder() throws Exception {
        HistoryFiles.writeThreeGames(folder.resolve("recordings"));
        HistoryFiles.writeBotReport(folder.resolve("recordings"));
        app = AppHarness.open(folder);

        app.clickMenu("View", "History");

        JFrame history = (JFrame) app.frame.robot().finder().find(c -> c instanceof JFrame f
                && "historyWindow".equals(f.getName()) && f.isShowing());
        JTable ledger = app.frame.robot().finder().findByName(history, "historyLedger", JTable.class, false);
        app.awaitOnEdt("ledger rows", Duration.ofSeconds(30), () -> ledger.getRowCount() == 9);
        JTable games = app.frame.robot().finder().findByName(history, "historyGames", JTable.class, false);
        JTable sessions = app.frame.robot().finder().findByName(history, "historySessions", JTable.class, false);
        JTable days = app.frame.robot().finder().findByName(history, "historyDays", JTable.class, false);
        JLabel summary = app.frame.robot().finder().findByName(history, "historySummary", JLabel.class, false);
        GuiActionRunner.execute(() -> {
            assertThat(ledger.getValueAt(0, 3)).isEqualTo("BUY");
            assertThat(ledger.getValueAt(0, 4)).as("the buy at 1.25, as the status bar shows a price")
                    .isEqualTo("1.2500x");
            assertThat(ledger.getValueAt(4, 3)).isEqualTo("SIDEBET_WON");
            assertThat(games.getRowCount()).isEqualTo(5);
            assertThat(games.getValueAt(0, 5)).isEqualTo("0.0208");      // by hand in HistoryLoaderTest
            assertThat(games.getValueAt(1, 5)).isEqualTo("-0.0595");
            assertThat(games.getValueAt(0, 7)).isEqualTo("recorded");
            String paper = "PAPER · bot fixed-ticks (bot-fixed-ticks.json)";
            assertThat(games.getValueAt(3, 1)).isEqualTo("p1");
            assertThat(games.getValueAt(3, 5)).isEqualTo("0.012");       // as the report says
            assertThat(games.getValueAt(4, 5)).isEqualTo("-0.004");
            assertThat(games.getValueAt(4, 7)).isEqualTo(paper);
            assertThat(sessions.getRowCount()).isEqualTo(3);
            assertThat(sessions.getValueAt(2, 3)).isEqualTo("0.008");
            assertThat(sessions.getValueAt(2, 4)).isEqualTo(paper);
            assertThat(days.getRowCount()).isEqualTo(2);
            // g1 and g2 one session on day 1, g3 a second on day 3 (HistoryFiles)
            assertThat(summary.getText()).startsWith("<html>3 games (2 traded, 2 sessions, 2 days)");
            assertThat(summary.getText()).contains("net P&amp;L -0.0387", "win rate 0.5000",
                    "realised win rate 0.5000 (theory 1 − 0.995^40 = 0.1817)",
                    "paper (bot reports, not in the figures above): 1 run, 2 games, net P&amp;L 0.008 SOL");
            return null;
        });
    }

    @Test
    void oneSessionOnOneDayIsCountedInTheSingular() throws Exception {
        Path recordings = folder.resolve("recordings");
        HistoryFiles.writeThreeGames(recordings);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(recordings)) {
            for (Path g3 : files.filter(f -> f.getFileName().toString().contains("_g3")).toList()) {
                java.nio.file.Files.delete(g3);   // g1 and g2 are left: one session on day 1
            }
        }
        app = AppHarness.open(folder);

        app.clickMenu("View", "History");

        JFrame history = (JFrame) app.frame.robot().finder().find(c -> c instanceof JFrame f
                && "historyWindow".equals(f.getName()) && f.isShowing());
        JLabel summary = app.frame.robot().finder().findByName(history, "historySummary", JLabel.class, false);
        app.awaitOnEdt("summary", Duration.ofSeconds(30), () -> summary.getText().startsWith("<html>2 games"));
        assertThat(GuiActionRunner.execute(summary::getText)).startsWith("<html>2 games (2 traded, 1 session, 1 day)");
    }
}
