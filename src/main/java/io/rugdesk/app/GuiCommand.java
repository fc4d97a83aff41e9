package io.rugdesk.app;

import io.rugdesk.app.gui.BusUiCommands;
import io.rugdesk.app.gui.Displays;
import io.rugdesk.app.gui.FirstTick;
import io.rugdesk.app.gui.GuiSessions;
import io.rugdesk.app.gui.RecordingReplays;
import io.rugdesk.app.gui.ScriptedRun;
import io.rugdesk.app.gui.StrategyPanel;
import io.rugdesk.platform.AppFolders;
import io.rugdesk.recording.RecordingSettings;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.ui.AboutFacts;
import io.rugdesk.ui.AppIcon;
import io.rugdesk.ui.MainWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rugdesk gui}: the trading window. Without {@code --server} it starts the embedded simulator and logs in
 * as the simulated player it plays for, so games tick within seconds. Exit codes: 0 closed by the user, 1 the session could not
 * start, 2 bad options or token file, 3 no display.
 * Thread: main thread starts everything and waits for the window to close; the window lives on the EDT.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the trading window (default: against the embedded simulator).")
public final class GuiCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(GuiCommand.class);
    static final int NO_SESSION = 1;
    static final int BAD_OPTIONS = 2;
    static final int NO_DISPLAY = 3;

    @Option(names = "--server", paramLabel = "URL", description = "Connect to this server instead of the embedded "
            + "simulator, e.g. https://backend.rugs.fun")
    String server;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the login token from FILE (else the "
            + "environment variable RUGDESK_TOKEN, else a hidden prompt when --server is given). Never shown.")
    Path tokenFile;

    @Option(names = "--speed", description = "Embedded simulator's game speed (default ${DEFAULT-VALUE}).")
    double speed = 1.0;

    @Option(names = "--config-dir", paramLabel = "DIR", description = "Settings folder (default ${DEFAULT-VALUE}).")
    Path configDir = RecordingSettings.defaultConfigDir();

    @Option(names = "--recordings", paramLabel = "DIR", description = "Recording folder (default: from settings).")
    Path recordings;

    @Option(names = "--auto-record", description = "Record every game (overrides the saved setting).")
    boolean autoRecord;

    @Option(names = "--insecure", description = "Accept any TLS certificate (testing servers only).")
    boolean insecure;

    @Option(names = "--seconds", hidden = true, description = "Scripted run: close after N seconds.")
    int seconds;

    // --demo-buy: the older name, kept so existing command lines go on working
    @Option(names = {"--scripted-buy", "--demo-buy"}, hidden = true,
            description = "Scripted run: buy once mid-game, keep the position.")
    boolean scriptedBuy;

    @Option(names = "--scripted-strategy", hidden = true, paramLabel = "NAME",
            description = "Scripted run: paper mode, start NAME from the Strategy panel, screenshot after fills.")
    String scriptedStrategy;

    @Option(names = "--screenshot", hidden = true, paramLabel = "PNG", description = "Scripted run: save the window.")
    Path screenshot;

    @Option(names = "--window-size", hidden = true, paramLabel = "WxH", description = "Scripted run: window size.")
    String windowSize;

    @Option(names = "--measure-stalls", hidden = true, description = "Scripted run: print the worst EDT stall.")
    boolean measureStalls;

    @Option(names = "--exit-at-first-tick", hidden = true, description = "Start-up benchmark: print the time from "
            + "JVM start to the first tick painted, then close.")
    boolean exitAtFirstTick;

    @Override
    public Integer call() throws Exception {
        if (!Displays.usable()) {
            System.err.println("rugdesk gui: no display to open a window on (" + Displays.why() + "). Run it on a "
                    + "desktop, or under a virtual display: xvfb-run -a java -jar target/rugdesk.jar gui. "
                    + "rugdesk --help lists the commands that need no window.");
            return NO_DISPLAY;
        }
        String token;
        try {
            token = TokenSource.read(tokenFile, System.getenv(), server != null, System.console());
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("rugdesk gui: cannot read the token: " + e.getMessage());
            return BAD_OPTIONS;
        }
        SessionConfig config;
        try {
            // the embedded simulator's first game is under way, as a real server's is: a moving chart at once
            SimConfig simulator = SimConfig.defaults().withSpeed(speed).withStartMidGame(true);
            config = new SessionConfig(server, token, simulator, configDir, recordings,
                    autoRecord ? Boolean.TRUE : null, Duration.ofSeconds(10), insecure);
        } catch (IllegalArgumentException e) {
            System.err.println("rugdesk gui: " + e.getMessage());
            return BAD_OPTIONS;
        }
        return run(config);
    }

    private int run(SessionConfig config) throws Exception {
        boolean scripted = seconds > 0 || exitAtFirstTick;   // scripted runs leave the user's window settings alone
        Preferences prefs = scripted
                ? Preferences.userRoot().node("io/rugdesk/gui-scripted/" + UUID.randomUUID())
                : Preferences.userNodeForPackage(MainWindow.class);
        AppIcon.prepareWindowIcons();
        CountDownLatch closed = new CountDownLatch(1);
        GuiSessions sessions = new GuiSessions(ClientSession::start, System::currentTimeMillis);
        RecordingReplays replays = new RecordingReplays(sessions, System::currentTimeMillis);
        BusUiCommands commands = new BusUiCommands(sessions, System::currentTimeMillis, config, replays,
                closed::countDown);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        AtomicReference<StrategyPanel> strategyPanel = new AtomicReference<>();
        AboutFacts about = aboutFacts(config);
        try {
            // the session (simulator, socket, domain) starts on its own thread while the EDT builds the window
            CompletableFuture<GuiSessions.Live> opening = sessions.open(config);
            SwingUtilities.invokeAndWait(() -> {
                window.set(MainWindow.create(sessions, commands, prefs, about));
                strategyPanel.set(StrategyPanel.dock(window.get(), sessions));
            });
            try {
                opening.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
                LOG.error("session did not start: {}", message);
                SwingUtilities.invokeAndWait(() -> JOptionPane.showMessageDialog(null, message,
                        "Rugdesk cannot start", JOptionPane.ERROR_MESSAGE));
                return NO_SESSION;
            }
            SwingUtilities.invokeAndWait(() -> {
                window.get().show();
                if (windowSize != null && windowSize.matches("\\d+x\\d+")) {
                    String[] size = windowSize.split("x");
                    window.get().frame().setSize(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
                    window.get().frame().setLocation(0, 0);
                }
            });
            if (exitAtFirstTick) {
                FirstTick.awaitPainted(window.get());
            } else if (scripted && scriptedStrategy != null) {
                new ScriptedRun(window.get(), sessions, commands).paperStrategy(strategyPanel.get(), scriptedStrategy,
                        4, Duration.ofSeconds(seconds), screenshot);
            } else if (scripted) {
                new ScriptedRun(window.get(), sessions, commands).run(Duration.ofSeconds(seconds), scriptedBuy,
                        screenshot, measureStalls);
            } else {
                closed.await();
            }
            return 0;
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                if (strategyPanel.get() != null) {
                    strategyPanel.get().dispose();
                }
                if (window.get() != null) {
                    window.get().dispose();
                }
            });
            replays.close();
            sessions.close();
            if (scripted) {
                forget(prefs);
            }
        }
    }

    /** The folders as this run uses them: the options' folders where given, else the platform's. */
    private static AboutFacts aboutFacts(SessionConfig config) {
        AppFolders folders = AppFolders.current();
        Path recordingFolder = config.recordingFolder() != null ? config.recordingFolder() : folders.recordings();
        return new AboutFacts(Main.version(), config.configDir().toString(), recordingFolder.toString(),
                folders.logs().toString());
    }

    private static void forget(Preferences prefs) {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.debug("scripted run's window settings not removed", e);
        }
    }
}
