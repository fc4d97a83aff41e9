package io.rugdesk.ui;

import static io.rugdesk.ui.WindowHarness.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.Latency;
import io.rugdesk.ui.UiSnapshot.LogEntry;
import io.rugdesk.ui.UiSnapshot.Notice;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import java.awt.Rectangle;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** Remembered settings, the event log, notices, latency and the menus that only forward to UiCommands. */
class WindowBehaviourTest {

    @Test
    void windowBoundsThemeAndSplitPanesAreRememberedAcrossRunsButNotAutoRecord() throws Exception {
        WindowHarness first = WindowHarness.open(TestSnapshots.active());
        Rectangle bounds = new Rectangle(40, 30, 1100, 700);
        try {
            GuiActionRunner.execute(() -> first.window.frame().setBounds(bounds));
            first.frame.robot().waitForIdle();
            first.clickMenu("View", "Dark theme");
            first.clickMenu("Recording", "Auto-record games");
            assertThat(GuiActionRunner.execute(Themes::isDark)).isTrue();
            GuiActionRunner.execute(() -> first.frame.splitPane(MainWindow.MAIN_SPLIT).target()
                    .setDividerLocation(600));
            first.frame.robot().waitForIdle();
        } finally {
            first.close();
        }
        WindowHarness second = WindowHarness.open(TestSnapshots.active(), first.prefs);
        try {
            assertThat(GuiActionRunner.execute(() -> second.window.frame().getBounds())).isEqualTo(bounds);
            assertThat(GuiActionRunner.execute(Themes::isDark)).isTrue();
            assertThat(second.commands.calls).as("auto-record is the recorder's setting: the window stores none")
                    .isEmpty();
            assertThat(GuiActionRunner.execute(() -> second.frame.splitPane(MainWindow.MAIN_SPLIT).target()
                    .getDividerLocation())).isEqualTo(600);
            second.clickMenu("View", "Light theme");
            assertThat(GuiActionRunner.execute(Themes::isDark)).isFalse();
        } finally {
            second.close();
            second.forget();
        }
    }

    @Test
    void eventLogFiltersByTypeAndNoticesAppearWithoutADialog() throws Exception {
        WindowHarness ui = WindowHarness.open(TestSnapshots.active());
        try {
            List<LogEntry> events = List.of(
                    new LogEntry(TestSnapshots.T0, "phase", "game started"),
                    new LogEntry(TestSnapshots.T0, "trade", "bought 0.1"),
                    new LogEntry(TestSnapshots.T0, "trade", "sold 25 %"));
            List<Notice> notices = List.of(new Notice(1, TestSnapshots.T0, NoticeLevel.ERROR,
                    "Buy failed: not enough cash"));
            ui.publish(TestSnapshots.withLog(TestSnapshots.active(), events, notices));

            ui.frame.table("eventLogTable").requireRowCount(3);
            ui.frame.table("eventLogTable").requireCellValue(org.assertj.swing.data.TableCell.row(0).column(2),
                    "sold 25 %");
            ui.frame.comboBox("eventLogFilter").selectItem("trade");
            ui.frame.table("eventLogTable").requireRowCount(2);
            ui.frame.comboBox("eventLogFilter").selectItem("phase");
            ui.frame.table("eventLogTable").requireRowCount(1);

            ui.frame.label("noticeLabel").requireVisible().requireText("Buy failed: not enough cash");
            assertThat(ui.frame.robot().finder().findAll(c -> c instanceof javax.swing.JDialog && c.isShowing()))
                    .as("notices never open a dialog").isEmpty();

            ui.clickMenu("View", "Event log");
            assertThat(ui.visible("eventLogPanel")).isFalse();
            assertThat(ui.prefs.getBoolean("view.eventLog", true)).isFalse();
        } finally {
            ui.close();
            ui.forget();
        }
    }

    @Test
    void latencyShowsLastAndPercentilesAndFlagsASpike() throws Exception {
        WindowHarness ui = WindowHarness.open(TestSnapshots.active());
        try {
            ui.frame.label("latencyLabel").requireText("latency —");
            UiSnapshot base = TestSnapshots.active();
            ui.publish(new UiSnapshot(base.connection(), base.game(), base.player(), base.account(), base.drift(),
                    new Latency(480, 60, 95, 20, true), base.recording(), base.permissions(), base.events(),
                    base.notices()));
            ui.frame.label("latencyLabel").requireText("latency 480 ms  (p50 60 · p95 95)")
                    .requireToolTip(Pattern.compile(".*spike.*"));
            ui.clickMenu("View", "Latency details");
            ui.frame.dialog("latencyDetailsDialog").label("latencyP95").requireText("95 ms");
        } finally {
            ui.close();
            ui.forget();
        }
    }

    @Test
    void menusForwardToUiCommands() throws Exception {
        WindowHarness ui = WindowHarness.open(TestSnapshots.active());
        try {
            ui.clickMenu("Connection", "Use embedded simulator");
            ui.clickMenu("Connection", "Disconnect");
            ui.clickMenu("Connection", "Reconnect");
            ui.clickMenu("Recording", "Start now");
            ui.clickMenu("Simulator", "Add latency", "+250 ms");
            ui.clickMenu("Simulator", "Drop connection");
            ui.clickMenu("Connection", "Connect to server…");
            ui.type(ui.frame.optionPane().textBox(), "https://example.invalid");
            ui.pressOk(ui.frame.optionPane());
            eventually(() -> assertThat(ui.commands.calls).containsExactly("useEmbeddedSimulator", "disconnect",
                    "reconnect", "startRecording", "addLatency 250", "dropConnection",
                    "connect https://example.invalid"));

            ui.clickMenu("Help", "Shortcuts");
            ui.frame.dialog("shortcutsDialog").table("shortcutsTable").requireRowCount(Shortcut.values().length);
            ui.frame.dialog("shortcutsDialog").button("closeShortcutsButton").click();

            ui.clickMenu("File", "Exit");
            eventually(() -> assertThat(ui.commands.calls).endsWith("exit"));
            assertThat(ui.commands.offEdt).isEmpty();
        } finally {
            ui.close();
            ui.forget();
        }
    }

    @Test
    void anOpenReplayShowsPlayPauseStepAndSpeed() throws Exception {
        WindowHarness ui = WindowHarness.open(TestSnapshots.active());
        try {
            assertThat(ui.visible("replayBar")).isFalse();
            UiSnapshot.Replay paused = new UiSnapshot.Replay(true, "20261125-test0001.jsonl", false, 1.0, 10, 300);
            ui.publish(TestSnapshots.withRecording(TestSnapshots.active(),
                    new UiSnapshot.Recording(false, null, false, "/tmp/recordings", paused)));
            ui.frame.label("replayLabel").requireText(Pattern.compile(".*20261125-test0001\\.jsonl\\s+10 / 300"));
            ui.frame.button("replayPlayButton").requireText("Play").click();
            ui.frame.button("replayStepButton").click();
            ui.frame.comboBox("replaySpeedCombo").selectItem(3);
            ui.frame.button("replayCloseButton").click();
            assertThat(ui.commands.calls).containsExactly("replayPlay", "replayStep", "replaySpeed 5.0",
                    "closeReplay");

            ui.publish(TestSnapshots.withRecording(TestSnapshots.active(), new UiSnapshot.Recording(false, null,
                    false, "/tmp/recordings", new UiSnapshot.Replay(true, "x.jsonl", true, 5.0, 11, 300))));
            ui.frame.button("replayPlayButton").requireText("Pause");
            ui.frame.button("replayStepButton").requireDisabled();
            assertThat(ui.commands.calls).as("showing the snapshot's speed is not a command").hasSize(4);
        } finally {
            ui.close();
            ui.forget();
        }
    }
}
