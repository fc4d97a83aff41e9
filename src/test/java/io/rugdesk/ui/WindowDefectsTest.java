package io.rugdesk.ui;

import static io.rugdesk.ui.WindowHarness.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.Account;
import io.rugdesk.ui.UiSnapshot.AccountValues;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Notice;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import io.rugdesk.ui.UiSnapshot.Permissions;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The defects seen when the window was used against {@code serve --drift-fee-bps 100} at 1400×900 (issue 14 §3):
 * each test failed on the window as it was.
 */
class WindowDefectsTest {

    /** The figures of the report: cash 9.99848…, a P&amp;L of −0.00160…, total invested 0.01 while flat. */
    private static final AccountValues LOCAL = new AccountValues(new BigDecimal("9.998480123"), BigDecimal.ZERO,
            BigDecimal.ZERO, new BigDecimal("-0.001600012"), new BigDecimal("0.010000000"));
    private static final AccountValues SERVER = new AccountValues(new BigDecimal("9.998480123"), BigDecimal.ZERO,
            BigDecimal.ZERO, new BigDecimal("-0.003200024"), new BigDecimal("0.020000000"));

    private WindowHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
            ui.forget();
        }
    }

    private void openAt(int width, int height) {
        Preferences prefs = Preferences.userRoot().node("io/rugdesk/ui-test/" + UUID.randomUUID());
        new UiSettings(prefs).setWindowBounds(new Rectangle(0, 0, width, height));
        ui = WindowHarness.open(TestSnapshots.withAccount(TestSnapshots.active(), Account.of(LOCAL, SERVER)), prefs);
        ui.frame.robot().waitForIdle();
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1400, 900"})
    void theAccountTableShowsEveryValueWholeOrSaysWhereTheWholeValueIs(int width, int height) {
        openAt(width, height);

        List<String> problems = GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            for (JLabel label : labelsIn(ui.frame.panel("accountPanel").target())) {
                String text = label.getText();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                FontMetrics metrics = label.getFontMetrics(label.getFont());
                Insets insets = label.getInsets();
                int room = label.getWidth() - insets.left - insets.right;
                if (metrics.stringWidth(text) > room) {
                    found.add("\"" + text + "\" is cut (" + metrics.stringWidth(text) + " px in " + room + " px)");
                }
            }
            return found;
        });
        assertThat(problems).as("labels of the account table at %dx%d", width, height).isEmpty();
        for (String name : new String[] {"cashLocal", "cashServer"}) {
            assertShowsOrExplains(name, "9.998480123");
        }
        assertShowsOrExplains(AccountPanel.componentName(UiSnapshot.AccountField.values()[3]) + "Local",
                "\u22120.001600012", "-0.001600012");
    }

    /** The label shows the whole value, or a shorter form with the whole value in its tooltip. */
    private void assertShowsOrExplains(String name, String... whole) {
        JLabel label = ui.frame.label(name).target();
        String text = GuiActionRunner.execute(() -> label.getText());
        String tooltip = GuiActionRunner.execute(() -> label.getToolTipText());
        boolean shown = false;
        for (String form : whole) {
            shown |= text.equals(form) || (tooltip != null && tooltip.contains(form));
        }
        assertThat(shown).as("%s shows \"%s\" (tooltip %s); the whole value is %s", name, text, tooltip, whole[0])
                .isTrue();
    }

    @Test
    void thePnlRowIsNamedForWhatTheServerReports() {
        openAt(1400, 900);
        ui.frame.label("gamePnlLabel").requireText("Game P&L");
        assertThat(ui.frame.label("gamePnlLabel").target().getToolTipText())
                .contains("realised").contains("unrealised");
        ui.frame.label("gamePnlLocal").requireText("-0.001600012");
    }

    @Test
    void aDifferenceTheVerifierDidNotCompareIsGreyedWithItsReasonWhileTheIndicatorSaysInSync() {
        openAt(1400, 900);
        ui.frame.button("driftIndicator").requireText(java.util.regex.Pattern.compile(".*in sync.*"));

        String pnl = AccountPanel.componentName(UiSnapshot.AccountField.values()[3]);
        for (String name : new String[] {pnl + "Diff", "totalInvestedDiff"}) {
            JLabel cell = ui.frame.label(name).target();
            assertThat(GuiActionRunner.execute(() -> cell.getText())).isNotEqualTo("0");
            assertThat(GuiActionRunner.execute(() -> cell.getForeground())).as(name + " colour")
                    .isEqualTo(UIManager.getColor("Label.disabledForeground"));
            assertThat(GuiActionRunner.execute(() -> cell.getToolTipText())).as(name + " tooltip")
                    .startsWith("Not compared");
        }
    }

    @Test
    void inCooldownTheLastGameStaysOnTheChartMarkedRuggedWithTheCountdown() {
        openAt(1400, 900);
        List<PricePoint> prices = new ArrayList<>();
        for (int tick = 0; tick <= 30; tick++) {
            prices.add(new PricePoint(tick, BigDecimal.ONE.add(BigDecimal.valueOf(tick, 2))));
        }
        PricePoint rug = new PricePoint(30, new BigDecimal("0.0145"));
        Game rugged = new Game("20261125-test0001", GamePhase.RUGGED, 30, rug.price(), 0, 40, prices, List.of(), rug,
                null);
        Permissions denied = Permissions.allDenied("The game is over");
        ui.publish(TestSnapshots.withGameAndPermissions(TestSnapshots.active(), rugged, denied));
        // the next game's cooldown: a new id, and the one point the feed gives before it starts
        Game cooldown = new Game("20261125-test0002", GamePhase.COOLDOWN, 0, BigDecimal.ONE, 8200, 40,
                List.of(new PricePoint(0, BigDecimal.ONE)), List.of(), null, null);
        ui.publish(TestSnapshots.withGameAndPermissions(TestSnapshots.active(), cooldown, denied));

        PriceChartPanel chart = (PriceChartPanel) ui.frame.panel("chartPanel").target();
        assertThat(GuiActionRunner.execute(() -> chart.plotted())[0]).as("price points still plotted").isEqualTo(31);
        assertThat(GuiActionRunner.execute(() -> chart.rugShown())).isTrue();
        ui.frame.label("chartBanner").requireVisible()
                .requireText(java.util.regex.Pattern.compile(".*Rugged!.*next round in 8\\.2 s.*"));
        double[] range = GuiActionRunner.execute(() -> chart.domainRange());
        assertThat(range[1] - range[0]).as("the tick axis spans the last game").isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1400, 900"})
    void aNoticeHidesNothingTheUserReads(int width, int height) {
        openAt(width, height);
        ui.publish(TestSnapshots.withLog(ui.source.latest(), List.of(), List.of(new Notice(1, TestSnapshots.T0,
                NoticeLevel.ERROR, "Drift: positionQty local 0.038461538, server 0.038461539"))));
        eventually(() -> assertThat(ui.visible("noticeLabel")).isTrue());

        List<String> covered = GuiActionRunner.execute(() -> {
            JComponent toast = (JComponent) ui.frame.label("noticeLabel").target();
            Rectangle toastOnScreen = onScreen(toast);
            List<String> found = new ArrayList<>();
            Container content = ui.window.frame().getContentPane();
            for (Component readable : leaves(content)) {
                if (readable == toast || !readable.isShowing() || SwingUtilities.isDescendingFrom(toast, readable)
                        || SwingUtilities.isDescendingFrom(readable, toast)) {
                    continue;
                }
                if (onScreen(readable).intersects(toastOnScreen)) {
                    found.add(readable.getClass().getSimpleName() + " " + readable.getName());
                }
            }
            return found;
        });
        assertThat(covered).as("components under the notice").isEmpty();
    }

    private static Rectangle onScreen(Component component) {
        Point at = component.getLocationOnScreen();
        return new Rectangle(at.x, at.y, component.getWidth(), component.getHeight());
    }

    /** Every showing component without children (the things one reads: labels, buttons, cells, the plot). */
    private static List<Component> leaves(Container root) {
        List<Component> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (child instanceof Container container && container.getComponentCount() > 0) {
                found.addAll(leaves(container));
            } else if (child.isShowing() && child.getWidth() > 0 && child.getHeight() > 0) {
                found.add(child);
            }
        }
        return found;
    }

    private static List<JLabel> labelsIn(Container root) {
        List<JLabel> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (child instanceof JLabel label && label.isShowing()) {
                found.add(label);
            } else if (child instanceof Container container) {
                found.addAll(labelsIn(container));
            }
        }
        return found;
    }
}
