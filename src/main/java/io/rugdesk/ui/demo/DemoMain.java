package io.rugdesk.ui.demo;

import io.rugdesk.ui.EdtStallMonitor;
import io.rugdesk.ui.MainWindow;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * Opens the window on {@link DemoSnapshots} (no server, no domain), so it can be looked at before wiring.
 * <pre>
 *   java -cp target/classes:… io.rugdesk.ui.demo.DemoMain [--speed 20] [--seconds 30]
 *                                                          [--screenshot /tmp/ui-shot.png] [--measure-stalls]
 *                                                          [--dark] [--drift] [--replay]
 * </pre>
 * {@code --seconds N} closes after N seconds; {@code --screenshot F} saves the window then (java.awt.Robot);
 * {@code --dark} uses the dark theme, {@code --drift} injects a drift after the first buy,
 * {@code --replay} shows the replay controls;
 * {@code --measure-stalls} prints the worst EDT stall (EdtStallMonitor, after a 3 s warm-up) at the end.
 * Thread: main, then EDT.
 */
public final class DemoMain {

    /** Start-up (class loading, first layout, fonts) is not what a user feels while trading. */
    private static final long WARM_UP_MS = 3000;

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        double speed = 1;
        int seconds = 0;
        String screenshot = null;
        boolean measure = false;
        boolean dark = false;
        boolean drift = false;
        boolean replay = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--speed" -> speed = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--screenshot" -> screenshot = args[++i];
                case "--measure-stalls" -> measure = true;
                case "--dark" -> dark = true;
                case "--drift" -> drift = true;
                case "--replay" -> replay = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        ScheduledExecutorService domain = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rugdesk-domain");
            thread.setDaemon(true);
            return thread;
        });
        DemoSnapshots demo = new DemoSnapshots(domain, Clock.systemUTC(), 7, Math.max(1, Math.round(250 / speed)),
                () -> System.exit(0));
        Preferences prefs = Preferences.userRoot().node("io/rugdesk/ui-demo");
        prefs.putBoolean("theme.dark", dark);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        EdtStallMonitor stalls = new EdtStallMonitor();
        SwingUtilities.invokeAndWait(() -> {
            MainWindow w = MainWindow.create(demo, demo, prefs);
            window.set(w);
            w.show();
        });
        demo.start();
        if (replay) {
            demo.openRecording(Path.of("20261125-demo0000.jsonl"));
        }
        if (measure) {
            Thread.sleep(WARM_UP_MS);
            SwingUtilities.invokeAndWait(stalls::start);
        }
        if (seconds <= 0) {
            return;
        }
        scriptedTrades(demo, seconds, drift);
        if (screenshot != null) {
            save(window.get(), Path.of(screenshot));
        }
        SwingUtilities.invokeAndWait(() -> {
            stalls.stop();
            window.get().dispose();
        });
        if (measure) {
            System.out.println(stalls.report());
        }
        System.exit(0);
    }

    /** Buys early in an active game and opens a sidebet, so a screenshot shows markers and a position. */
    private static void scriptedTrades(DemoSnapshots demo, int seconds, boolean drift) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        boolean bought = false;
        boolean sidebet = false;
        while (System.currentTimeMillis() < end) {
            var game = demo.latest().game();
            if (game.phase() == io.rugdesk.ui.UiSnapshot.GamePhase.ACTIVE) {
                if (!bought && game.tick() >= 5) {
                    demo.buy(new java.math.BigDecimal("0.5"));
                    if (drift) {
                        demo.injectDrift();
                    }
                    bought = true;
                } else if (bought && !sidebet && game.tick() >= 25) {
                    demo.sidebet(new java.math.BigDecimal("0.05"));
                    demo.sell(25);
                    sidebet = true;
                }
            } else if (game.phase() == io.rugdesk.ui.UiSnapshot.GamePhase.RUGGED) {
                bought = false;
                sidebet = false;
            }
            Thread.sleep(20);
        }
    }

    private static void save(MainWindow window, Path file) throws Exception {
        AtomicReference<Rectangle> bounds = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> bounds.set(window.frame().getBounds()));
        BufferedImage image = new Robot().createScreenCapture(bounds.get());
        ImageIO.write(image, "png", file.toFile());
        System.out.println("screenshot: " + file.toAbsolutePath());
    }
}
