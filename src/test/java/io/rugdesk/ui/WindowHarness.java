package io.rugdesk.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.exception.ActionFailedException;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.awaitility.core.ThrowingRunnable;

/**
 * Opens a real {@link MainWindow} on a scripted snapshot source and a recording fake of {@link UiCommands}, with
 * a throw-away preferences node. The AssertJ-Swing robot is created BEFORE the frame (design.md §9), over the
 * current AWT hierarchy: after a theme switch Swing reuses pop-up windows made in an earlier test, which a robot
 * with a new hierarchy cannot see (its menu clicks then "never showed a pop-up menu").
 * Thread: test thread; Swing work goes through GuiActionRunner.
 */
final class WindowHarness implements AutoCloseable {

    final ScriptedSnapshots source;
    final RecordedCommands commands = new RecordedCommands();
    final Preferences prefs;
    final MainWindow window;
    final FrameFixture frame;
    private static final int MENU_POPUP_TIMEOUT_MS = 4000;
    private static final int MENU_ATTEMPTS = 3;
    private static final Duration TYPED_TEXT_TIMEOUT = Duration.ofSeconds(10);

    private WindowHarness(UiSnapshot first, Preferences prefs, AboutFacts about) {
        this.source = new ScriptedSnapshots(first);
        this.prefs = prefs;
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().timeoutToFindPopup(MENU_POPUP_TIMEOUT_MS);
        window = GuiActionRunner.execute(() -> MainWindow.create(source, commands, prefs, about));
        frame = new FrameFixture(robot, window.frame());
        GuiActionRunner.execute(window::show);
    }

    static WindowHarness open(UiSnapshot first) {
        return open(first, Preferences.userRoot().node("io/rugdesk/ui-test/" + UUID.randomUUID()));
    }

    static WindowHarness open(UiSnapshot first, Preferences prefs) {
        return open(first, prefs, AboutFacts.unknown());
    }

    static WindowHarness open(UiSnapshot first, Preferences prefs, AboutFacts about) {
        assumeDisplay();
        FailOnThreadViolationRepaintManager.install();
        return new WindowHarness(first, prefs, about);
    }

    /** Swing tests need a display; on a machine with none at all they skip and say how to run them. */
    static void assumeDisplay() {
        assumeTrue(displayWorks(), "skipped: no usable display for Swing tests (run under `xvfb-run -a ./mvnw -B "
                + "test`; install with `apt-get install -y --no-install-recommends xvfb xauth`)");
    }

    /** True when a window can be shown: not headless, and the X server named by DISPLAY answers. */
    private static boolean displayWorks() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (AWTError | LinkageError e) {
            return false;
        }
    }

    /** Publishes a snapshot as the domain would and waits until the window's timer has painted it. */
    void publish(UiSnapshot snapshot) {
        source.set(snapshot);
        await().atMost(Duration.ofSeconds(5)).until(() -> window.lastShown() == snapshot);
        frame.robot().waitForIdle();
    }

    /**
     * Clicks a menu item through its menus as a user would. Under a loaded Xvfb the robot's first click on a menu
     * now and then opens no pop-up (nothing was clicked then); that attempt is closed and tried again.
     */
    void clickMenu(String... path) {
        for (int attempt = 1; ; attempt++) {
            try {
                frame.menuItemWithPath(path).click();
                return;
            } catch (ActionFailedException e) {
                if (attempt == MENU_ATTEMPTS) {
                    throw e;
                }
                frame.robot().pressAndReleaseKey(KeyEvent.VK_ESCAPE);
                frame.robot().pressAndReleaseKey(KeyEvent.VK_ESCAPE);
                frame.robot().waitForIdle();
            }
        }
    }

    /**
     * Replaces a field's text by typing {@code text} as a user would, and waits until the field shows all of it
     * before the test acts on it. The robot's key events reach the field through the X server and the AWT event
     * queue, so on a loaded machine the last of them may still be on their way when {@code enterText} returns; a
     * key that never arrives fails here, naming what the field shows, not later as a wrong command.
     */
    void type(JTextComponentFixture field, String text) {
        field.deleteText().enterText(text);
        awaitText(field, text);
    }

    /** Waits until the field shows exactly {@code text} (keys typed earlier may still be on their way). */
    static void awaitText(JTextComponentFixture field, String text) {
        await("the field shows \"" + text + "\"").atMost(TYPED_TEXT_TIMEOUT)
                .pollInterval(Duration.ofMillis(20)).untilAsserted(() -> field.requireText(text));
    }

    /**
     * Presses an option pane's OK button from the keyboard (focus on it, Space) and waits until its dialog is gone.
     * Not with a mouse click: under a loaded Xvfb without a window manager, AWT now and then keeps a new dialog's
     * bounds at (0,0) while X shows it centred on the window, so a click aimed from those bounds lands beside the
     * button (seen: pointer on the stale OK position, dialog still open 30 s later). Keys go to the focused button
     * wherever AWT places it.
     */
    void pressOk(JOptionPaneFixture pane) {
        Window dialog = GuiActionRunner.execute(() -> SwingUtilities.getWindowAncestor(pane.target()));
        pane.okButton().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        await("the dialog closes after OK").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> !GuiActionRunner.execute(dialog::isShowing));
        frame.robot().waitForIdle();
    }

    /** Whether the named component is visible (AssertJ-Swing's lookups only find showing components). */
    boolean visible(String name) {
        return GuiActionRunner.execute(() -> frame.robot().finder()
                .findByName(window.frame(), name, java.awt.Component.class, false).isVisible());
    }

    /** Ctrl+key on the focused window, as a user would press it. */
    void pressWithControl(int keyCode) {
        frame.robot().pressKey(KeyEvent.VK_CONTROL);
        try {
            frame.robot().pressAndReleaseKey(keyCode);
        } finally {
            frame.robot().releaseKey(KeyEvent.VK_CONTROL);
        }
        frame.robot().waitForIdle();
    }

    static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
    }

    /** Closes the window without deleting its preferences (a test reopening them calls {@link #forget}). */
    @Override
    public void close() {
        GuiActionRunner.execute(window::dispose);
        frame.cleanUp();
    }

    void forget() throws BackingStoreException {
        prefs.removeNode();
    }
}
