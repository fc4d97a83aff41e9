package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.ui.MainWindow;
import io.rugdesk.ui.UiSnapshot;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.ActionFailedException;
import org.assertj.swing.fixture.FrameFixture;

/**
 * The real app on the real embedded simulator, fast (20×): {@link GuiSessions} + {@link BusUiCommands} +
 * {@link MainWindow}, as {@code GuiCommand} wires them, with settings and recordings in a temporary folder and a
 * throw-away preferences node. The AssertJ-Swing robot is made before the frame (design.md §9).
 * Thread: the test thread; Swing work goes through GuiActionRunner.
 */
final class AppHarness implements AutoCloseable {

    static final double SPEED = 20;
    private static final int MENU_ATTEMPTS = 5;

    final Path recordings;
    final GuiSessions sessions = new GuiSessions(ClientSession::start, System::currentTimeMillis);
    final BusUiCommands commands;
    final MainWindow window;
    final StrategyPanel strategy;
    final FrameFixture frame;
    private final Preferences prefs = Preferences.userRoot().node("io/rugdesk/app-test/" + UUID.randomUUID());

    private AppHarness(Path folder, SimConfig simulator) throws Exception {
        recordings = folder.resolve("recordings");
        SessionConfig config = new SessionConfig(null, null, simulator,
                folder.resolve("config"), recordings, null, Duration.ofSeconds(10), false);
        commands = new BusUiCommands(sessions, System::currentTimeMillis, config,
                new RecordingReplays(sessions, System::currentTimeMillis), () -> { });
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().timeoutToFindPopup(6000);
        window = GuiActionRunner.execute(() -> MainWindow.create(sessions, commands, prefs));
        strategy = GuiActionRunner.execute(() -> StrategyPanel.dock(window, sessions));
        frame = new FrameFixture(robot, window.frame());
        sessions.open(config).get(30, TimeUnit.SECONDS);
        GuiActionRunner.execute(window::show);
    }

    /** Opens the app, or skips the test where there is no display at all. */
    static AppHarness open(Path folder) throws Exception {
        return open(folder, SimConfig.defaults().withSpeed(SPEED));
    }

    /**
     * Opens the app and waits until it has shown the simulated player logged in and a game running: where most
     * tests against the simulator start.
     */
    static AppHarness openWithGameRunning(Path folder, Duration atMost) throws Exception {
        AppHarness app = open(folder);
        app.awaitShown("logged in as the simulated player, game running", atMost,
                s -> s.player().loggedIn() && !s.game().gameId().isEmpty());
        return app;
    }

    /** Opens the app against the embedded simulator set up as {@code simulator} (e.g. replaying a capture). */
    static AppHarness open(Path folder, SimConfig simulator) throws Exception {
        assumeTrue(Displays.usable(), "skipped: no usable display for Swing tests (run under `xvfb-run -a ./mvnw "
                + "-B verify`; install with `apt-get install -y --no-install-recommends xvfb xauth`)");
        FailOnThreadViolationRepaintManager.install();
        return new AppHarness(folder, simulator);
    }

    /**
     * Waits until the window has painted a snapshot that satisfies {@code condition}; returns that very snapshot
     * (a second read could already show the next game).
     */
    UiSnapshot awaitShown(String what, Duration atMost, Predicate<UiSnapshot> condition) {
        return await(what).atMost(atMost).pollInterval(Duration.ofMillis(20)).until(window::lastShown, condition);
    }

    /** Waits until {@code condition} holds, read on the EDT. */
    void awaitOnEdt(String what, Duration atMost, Callable<Boolean> condition) {
        awaitOnEdt(what, atMost, condition, Boolean.TRUE::equals);
    }

    /**
     * Waits until what {@code read} takes in one go on the EDT satisfies {@code condition}; returns that reading. One
     * EDT call sees the snapshot and the components it painted at the same moment ({@link MainWindow} paints a
     * snapshot in one EDT task), where two calls may straddle the next refresh.
     */
    <T> T awaitOnEdt(String what, Duration atMost, Callable<T> read, Predicate<? super T> condition) {
        return await(what).atMost(atMost).pollInterval(Duration.ofMillis(10))
                .until(() -> GuiActionRunner.execute(read), condition::test);
    }

    /** Clicks a menu item through its menus; a first click that opened no pop-up (loaded Xvfb) is retried. */
    void clickMenu(String... path) {
        for (int attempt = 1; ; attempt++) {
            try {
                frame.robot().waitForIdle();
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

    @Override
    public void close() throws BackingStoreException {
        try {
            GuiActionRunner.execute(strategy::dispose);
            GuiActionRunner.execute(window::dispose);
            frame.cleanUp();
        } finally {
            sessions.close();
            prefs.removeNode();
        }
        assertThat(sessions.current()).as("the session is closed").isEmpty();
    }
}
