package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rugdesk.event.DomainLoadObserved;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.ui.MainWindow;
import io.rugdesk.ui.UiCommands;
import java.awt.Color;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.Icon;
import javax.swing.JLabel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The domain thread's load, from the event on the bus to the status bar of a real window: {@link DomainLoadObserved}
 * through the {@link SnapshotAssembler} (direct bus, hand-turned timer) into {@link MainWindow}, whose label is read.
 */
class DomainLoadShownTest {

    private static final Color GREEN = Color.decode("#2e9d4f");
    private static final Color AMBER = Color.decode("#d08a00");
    private static final Color RED = Color.decode("#d0453a");

    private final List<EventBus.Failure> failures = new ArrayList<>();
    private final EventBus bus = EventBus.direct(failures::add);
    private final ManualTimer timer = new ManualTimer();
    private final Preferences prefs = Preferences.userRoot().node("io/rugdesk/app-test/" + UUID.randomUUID());
    private SnapshotAssembler assembler;
    private MainWindow window;
    private FrameFixture frame;
    private long seq;

    @AfterEach
    void close() throws BackingStoreException {
        if (frame != null) {
            frame.cleanUp();
        }
        if (assembler != null) {
            assembler.close();
        }
        prefs.removeNode();
        assertThat(failures).isEmpty();
    }

    @Test
    void theStatusBarShowsTheLagAndTheQueueAndTurnsAmberThenRed() {
        assumeTrue(Displays.usable(), "skipped: no usable display for Swing tests (run under xvfb-run -a)");
        assembler = new SnapshotAssembler(bus, System::currentTimeMillis,
                new SnapshotAssembler.SessionFacts("embedded simulator", true, null, false), null).start(timer);
        var robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = GuiActionRunner.execute(() -> MainWindow.create(assembler, noCommands(), prefs));
        frame = new FrameFixture(robot, window.frame());
        GuiActionRunner.execute(window::show);
        frame.label("domainLoadLabel").requireText("domain lag –");

        publish(new DomainLoadObserved(Stamp.local(++seq, System.currentTimeMillis()), 0, 2, 3_400));
        awaitLabel("domain lag 3.4 ms, queue 2", GREEN);

        publish(new DomainLoadObserved(Stamp.local(++seq, System.currentTimeMillis()), 1, 80, 12_000));
        awaitLabel("domain lag 12 ms, queue 80", AMBER);

        publish(new DomainLoadObserved(Stamp.local(++seq, System.currentTimeMillis()), 0, 3, 75_000));
        awaitLabel("domain lag 75 ms, queue 3", AMBER);

        publish(new DomainLoadObserved(Stamp.local(++seq, System.currentTimeMillis()), 900, 1_500, 400_000));
        awaitLabel("domain lag 400 ms, queue 1500", RED);
        assertThat(frame.label("domainLoadLabel").target().getToolTipText()).contains("events waiting now 900")
                .contains("at most 1500");

        publish(new DomainLoadObserved(Stamp.local(++seq, System.currentTimeMillis()), 0, 0, 90));
        awaitLabel("domain lag 0.1 ms, queue 0", GREEN);
    }

    private void publish(DomainLoadObserved event) {
        bus.publish(event);
    }

    /** Turns the domain's rebuild timer (here: the test thread) until the window shows the text and colour. */
    private void awaitLabel(String text, Color dot) {
        JLabel label = frame.label("domainLoadLabel").target();
        await(text).atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
                    return GuiActionRunner.execute(() -> text.equals(label.getText()) && dot.equals(colour(label)));
                });
    }

    private static Color colour(JLabel label) {
        Icon icon = label.getIcon();
        try {
            // DotIcon is the ui package's own record: its accessor is read the way a test outside ui can
            java.lang.reflect.Method colour = icon.getClass().getDeclaredMethod("colour");
            colour.setAccessible(true);
            return (Color) colour.invoke(icon);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the dot's colour", e);
        }
    }

    /** Commands nobody sends in this test: the interface's defaults, nothing for the rest. */
    private static UiCommands noCommands() {
        InvocationHandler handler = (proxy, method, args) -> method.isDefault()
                ? InvocationHandler.invokeDefault(proxy, method, args) : null;
        return (UiCommands) Proxy.newProxyInstance(UiCommands.class.getClassLoader(),
                new Class<?>[] {UiCommands.class}, handler);
    }
}
