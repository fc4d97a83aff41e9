package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.DriftState;
import java.awt.event.KeyEvent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Strategy panel in the real app against the embedded simulator at 20× (Xvfb; components found by name): a
 * paper strategy's fills in the decision log, Start and Stop, the Live confirmation and its LIVE BOT badge, a live
 * strategy's fills at the server's price, the emergency stop by click and by Ctrl+Shift+X stopping a running
 * strategy.
 */
class StrategyPanelTest {

    private static final Duration GAMES = Duration.ofSeconds(90);
    private static final Duration SHORT = Duration.ofSeconds(15);

    @TempDir
    Path folder;
    private AppHarness app;

    @BeforeEach
    void open() throws Exception {
        app = AppHarness.openWithGameRunning(folder, GAMES);
        app.frame.tabbedPane("bottomTabs").selectTab("Strategy");
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aPaperStrategyFillsIntoTheDecisionLogStaysInSyncAndStops() {
        app.frame.radioButton("strategyPaper").click();
        app.awaitOnEdt("the window says PAPER", SHORT, () -> app.window.frame().getTitle().equals("Rugdesk — PAPER"));
        app.frame.label("accountServerHeader").requireText("Paper");
        app.frame.label("gamePnlLabel").requireText("PAPER P&L");
        app.frame.comboBox("strategyStrategy").selectItem("fixed-ticks");
        app.frame.textBox("strategyParam-buyTick").deleteText().enterText("2");
        app.frame.textBox("strategyParam-amount").deleteText().enterText("0.01");
        app.frame.textBox("strategyParam-sellTick").deleteText().enterText("6");

        app.frame.button("strategyStart").click();

        app.awaitOnEdt("a buy and a sell filled on paper", GAMES, () -> outcomes().contains("buy 0.01 SOL")
                && outcomes().contains("sell 100 %"));
        assertThat(outcomes()).doesNotContain("REFUSED");
        app.awaitShown("the local account in sync with the paper exchange", SHORT,
                s -> s.drift().state() == DriftState.IN_SYNC);
        assertThat(figures()).contains("<b>PAPER</b> balance ").contains("fixed-ticks running");

        app.frame.button("strategyStop").click();
        app.awaitOnEdt("stopped", SHORT, () -> figures().contains("fixed-ticks stopped (stopped by the user)"));
        app.frame.button("strategyStart").requireEnabled();
        assertThat(app.window.lastShown().drift().state()).isNotEqualTo(DriftState.DRIFT);
    }

    @Test
    void liveAsksFirstCancelKeepsItOffAndConfirmShowsTheLiveBotBadge() {
        app.frame.radioButton("strategyLive").requireSelected();
        app.frame.comboBox("strategyStrategy").selectItem("noop");

        app.frame.button("strategyStart").click();
        JOptionPaneFixture asked = app.frame.optionPane(org.assertj.swing.timing.Timeout.timeout(10_000));
        asked.requireMessage(Pattern.compile("(?s)Start noop on the REAL account\\?.*"));
        asked.cancelButton().click();
        app.frame.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> label("strategyBadge").getText())).isNotEqualTo("LIVE BOT");
        app.frame.button("strategyStart").requireEnabled();
        assertThat(app.window.frame().getTitle()).isEqualTo("Rugdesk");

        app.frame.button("strategyStart").click();
        app.frame.optionPane(org.assertj.swing.timing.Timeout.timeout(10_000)).okButton().click();
        // a loaded machine: the domain thread starts the runner, then the panel's timer shows it
        app.awaitOnEdt("the LIVE BOT badge", GAMES, () -> label("strategyBadge").getText().equals("LIVE BOT")
                && app.window.frame().getTitle().equals("Rugdesk — LIVE BOT"));
        assertThat(GuiActionRunner.execute(() -> label("strategyBadge").getBackground()))
                .isEqualTo(StrategyPanel.LIVE_RED);

        app.frame.button("strategyStop").click();
        app.awaitOnEdt("the badge gone", SHORT, () -> !label("strategyBadge").getText().equals("LIVE BOT")
                && app.window.frame().getTitle().equals("Rugdesk"));
    }

    @Test
    void aLiveStrategyFillsAtTheServersPriceWithItsSlippageAndCountsItsFills() {
        app.frame.radioButton("strategyLive").requireSelected();
        app.frame.comboBox("strategyStrategy").selectItem("fixed-ticks");
        app.frame.textBox("strategyParam-buyTick").deleteText().enterText("2");
        app.frame.textBox("strategyParam-amount").deleteText().enterText("0.01");
        app.frame.textBox("strategyParam-sellTick").deleteText().enterText("6");
        app.frame.button("strategyStart").click();
        app.frame.optionPane(org.assertj.swing.timing.Timeout.timeout(10_000)).okButton().click();

        app.awaitOnEdt("a buy and a sell filled by the server", GAMES, () -> outcomes().contains("buy 0.01 SOL")
                && outcomes().contains("sell 100 %"));
        app.awaitOnEdt("the figures count the fills", SHORT, () -> fillsInFigures() > 0);
        String[] filled = GuiActionRunner.execute(() -> {
            JTable table = app.frame.robot().finder().findByName(app.window.frame(), "strategyDecisions",
                    JTable.class, false);
            for (int row = 0; row < table.getRowCount(); row++) {
                if ("FILLED".equals(table.getValueAt(row, 3))
                        && table.getValueAt(row, 2).toString().startsWith("buy")) {
                    return new String[] {table.getValueAt(row, 1).toString(), table.getValueAt(row, 4).toString()};
                }
            }
            return null;
        });
        assertThat(filled).as("a FILLED buy in the decision log").isNotNull();
        Matcher fill = Pattern.compile("at (\\S+) on tick (\\d+) \\(expected (\\S+) on tick (\\d+),"
                + " slippage (\\S+)\\)").matcher(filled[1]);
        assertThat(fill.matches()).as("the fill's detail: " + filled[1]).isTrue();
        BigDecimal price = new BigDecimal(fill.group(1));
        BigDecimal expected = new BigDecimal(fill.group(3));
        assertThat(price.signum()).isPositive();
        assertThat(fill.group(4)).isEqualTo(filled[0]);   // expected: the price of the tick decided on
        assertThat(Integer.parseInt(fill.group(2))).isGreaterThanOrEqualTo(Integer.parseInt(fill.group(4)));
        assertThat(new BigDecimal(fill.group(5))).isEqualByComparingTo(price.subtract(expected));
        app.awaitShown("the local account in sync with the server's", SHORT,
                s -> s.drift().state() == DriftState.IN_SYNC);

        app.frame.button("strategyStop").click();
        app.awaitOnEdt("stopped", SHORT, () -> figures().contains("fixed-ticks stopped (stopped by the user)"));
        assertThat(app.window.lastShown().drift().state()).isNotEqualTo(DriftState.DRIFT);
    }

    /** The fills the figures line counts (finished games and the game being played). */
    private int fillsInFigures() {
        Matcher fills = Pattern.compile("fills (\\d+)").matcher(figures());
        return fills.find() ? Integer.parseInt(fills.group(1)) : 0;
    }

    @Test
    void theEmergencyStopByClickAndByHotkeyStopsTheRunningStrategy() {
        app.frame.radioButton("strategyPaper").click();
        app.frame.comboBox("strategyStrategy").selectItem("fixed-ticks");
        app.frame.textBox("strategyParam-buyTick").deleteText().enterText("soon");
        app.frame.button("strategyStart").click();
        app.awaitOnEdt("the parameter named as on the command line", SHORT, () -> notice().startsWith(
                "Strategy not started: ") && notice().contains("buyTick"));
        app.frame.comboBox("strategyStrategy").selectItem("noop");
        app.frame.button("strategyStart").click();
        app.awaitOnEdt("running", SHORT, () -> figures().contains("noop running"));

        app.frame.button("emergencyStopButton").click();
        app.awaitOnEdt("stopped by the emergency stop", SHORT,
                () -> figures().contains("noop stopped (emergency stop"));
        app.frame.button("rearmButton").click();
        app.awaitOnEdt("re-armed", SHORT, () -> !button("rearmButton").isShowing());

        app.frame.button("strategyStart").click();
        app.awaitOnEdt("running again", SHORT, () -> figures().contains("noop running"));
        app.frame.robot().pressKey(KeyEvent.VK_CONTROL);
        app.frame.robot().pressKey(KeyEvent.VK_SHIFT);
        try {
            app.frame.robot().pressAndReleaseKey(KeyEvent.VK_X);
        } finally {
            app.frame.robot().releaseKey(KeyEvent.VK_SHIFT);
            app.frame.robot().releaseKey(KeyEvent.VK_CONTROL);
        }
        app.awaitOnEdt("stopped by the hotkey", SHORT, () -> figures().contains("noop stopped (emergency stop"));
        app.frame.button("strategyStart").requireEnabled();
    }

    /** Every intent of the decision log that was filled, one per line. */
    private String outcomes() {
        JTable table = app.frame.robot().finder().findByName(app.window.frame(), "strategyDecisions", JTable.class,
                false);
        StringBuilder filled = new StringBuilder();
        for (int row = 0; row < table.getRowCount(); row++) {
            filled.append(table.getValueAt(row, 2)).append(' ').append(table.getValueAt(row, 3)).append('\n');
        }
        String all = filled.toString();
        return all.lines().filter(line -> line.endsWith("FILLED") || line.endsWith("REFUSED"))
                .map(line -> line.endsWith("REFUSED") ? "REFUSED" : line).reduce("", (a, b) -> a + b + "\n");
    }

    private String notice() {
        return label("noticeLabel").getText();
    }

    private String figures() {
        return GuiActionRunner.execute(() -> label("strategyFigures").getText());
    }

    private JLabel label(String name) {
        return app.frame.robot().finder().findByName(app.window.frame(), name, JLabel.class, false);
    }

    private JButton button(String name) {
        return app.frame.robot().finder().findByName(app.window.frame(), name, JButton.class, false);
    }
}
