package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.Drift;
import io.rugdesk.ui.UiSnapshot.Latency;
import io.rugdesk.ui.UiSnapshot.Player;
import io.rugdesk.ui.UiSnapshot.Recording;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The indicator strip at the window widths users have: every indicator, REC included, is on screen in full and
 * inside the window. Uses the lengths of a real session (a did:privy id, a timestamped recording name): with
 * short test names everything fits anyway and a wrapping row goes unnoticed.
 */
class IndicatorBarTest {

    static final String FOLDER = "/tmp/recordings";
    static final String FILE = "2026-11-25T20-41-12.312Z_20261125-b154c3cebadce061.jsonl.partial";

    private WindowHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
            ui.forget();
        }
    }

    @Test
    void recAndEveryIndicatorShowAt1280x800() {
        ui = WindowHarness.open(TestSnapshots.active());
        resize(1280, 800);
        ui.publish(realistic(TestSnapshots.active().drift(), new Latency(97, 97, 97, 1, false)));

        for (String name : List.of("playerLabel", "driftIndicator", "latencyLabel", "recIndicator")) {
            assertFullyInWindow(name);
        }
        assertRecShowsTheFile();
    }

    @Test
    void recAndEveryIndicatorShowAt1024WhileDriftingWithASpike() {
        ui = WindowHarness.open(TestSnapshots.active());
        resize(1024, 768);
        ui.publish(realistic(TestSnapshots.positionDrift("1.5", "1.6"), new Latency(1480, 97, 1480, 20, true)));

        for (String name : List.of("playerLabel", "driftIndicator", "adoptServerStateButton", "latencyLabel",
                "recIndicator")) {
            assertFullyInWindow(name);
        }
        assertRecShowsTheFile();
        ui.frame.label("playerLabel").requireText(Pattern.compile("SimTrader.*"))
                .requireToolTip("Logged in as SimTrader (did:privy:rugdesksimdemoplayer0001)");
    }

    @Test
    void aWiderWindowShowsTheWholeFileName() {
        ui = WindowHarness.open(TestSnapshots.active());
        resize(1680, 900);
        ui.publish(realistic(TestSnapshots.active().drift(), new Latency(97, 97, 97, 1, false)));

        assertFullyInWindow("recIndicator");
        ui.frame.label("recIndicator").requireText("REC  " + FILE);
    }

    private void resize(int width, int height) {
        GuiActionRunner.execute(() -> {
            ui.window.frame().setBounds(0, 0, width, height);
            ui.window.frame().validate();
        });
        ui.frame.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> ui.window.frame().getWidth())).isEqualTo(width);
    }

    private static UiSnapshot realistic(Drift drift, Latency latency) {
        UiSnapshot s = TestSnapshots.active();
        return new UiSnapshot(s.connection(), s.game(), new Player(true, "SimTrader",
                "did:privy:rugdesksimdemoplayer0001"), s.account(), drift, latency,
                new Recording(true, FILE, true, FOLDER), s.permissions(), s.events(), s.notices());
    }

    /**
     * The named component is showing, not clipped by any parent (a wrapped FlowLayout row lies below the strip's
     * height: showing, but with nothing of it visible), as wide as it asks to be (nothing cut off its text), and
     * inside the window's content pane.
     */
    private void assertFullyInWindow(String name) {
        Component component = ui.frame.robot().finder().findByName(ui.window.frame(), name, Component.class, true);
        Placement p = GuiActionRunner.execute(() -> {
            JComponent c = (JComponent) component;
            Container content = ui.window.frame().getContentPane();
            Rectangle inContent = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), content);
            return new Placement(c.isShowing(), c.getVisibleRect(), c.getSize().width, c.getSize().height,
                    c instanceof ElidedLabel ? c.getMinimumSize().width : c.getPreferredSize().width, inContent,
                    new Rectangle(content.getSize()));
        });
        assertThat(p.showing()).as(name + " showing").isTrue();
        assertThat(p.visible()).as(name + " visible part (not clipped by a parent)")
                .isEqualTo(new Rectangle(0, 0, p.width(), p.height()));
        assertThat(p.width()).as(name + " width").isGreaterThanOrEqualTo(p.neededWidth()).isPositive();
        assertThat(p.content().contains(p.inContent())).as(name + " at " + p.inContent() + " inside the window's "
                + p.content()).isTrue();
    }

    private record Placement(boolean showing, Rectangle visible, int width, int height, int neededWidth,
            Rectangle inContent, Rectangle content) {
    }

    /**
     * REC shows with the start and the end of the file name (cut in the middle if need be), the text it shows fits
     * the label so Swing cuts nothing more, and the tooltip names the whole path.
     */
    private void assertRecShowsTheFile() {
        JLabel rec = ui.frame.label("recIndicator").target();
        String shown = GuiActionRunner.execute(rec::getText);
        assertThat(shown).as("REC label text").startsWith("REC  2026-").endsWith("partial")
                .satisfiesAnyOf(s -> assertThat(s).isEqualTo("REC  " + FILE),
                        s -> assertThat(s).contains(ElidedLabel.ELLIPSIS).hasSizeLessThan(("REC  " + FILE).length()));
        int[] widths = GuiActionRunner.execute(() -> {
            Icon icon = rec.getIcon();
            int room = rec.getWidth() - rec.getInsets().left - rec.getInsets().right
                    - (icon == null ? 0 : icon.getIconWidth() + rec.getIconTextGap());
            return new int[] {SwingUtilities.computeStringWidth(rec.getFontMetrics(rec.getFont()), shown), room};
        });
        assertThat(widths[0]).as("width of the shown text, within the room for it").isLessThanOrEqualTo(widths[1]);
        ui.frame.label("recIndicator").requireToolTip("Recording to " + FOLDER + "/" + FILE);
    }
}
