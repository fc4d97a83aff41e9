package io.rugdesk.app.gui;

import io.rugdesk.ui.EdtStallMonitor;
import io.rugdesk.ui.MainWindow;
import io.rugdesk.ui.UiCommands;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * A scripted run of the real app for {@code scripts/screenshot.sh} and {@code scripts/edt-stall.sh}: optionally
 * buys once early in an active game and keeps the position, saves the window with {@link Robot} once the position
 * shows on both sides and the chart has moved on a few ticks, and reports the EDT's worst stall.
 * Thread: the main thread; window work goes through the EDT.
 */
public final class ScriptedRun {

    /** Class loading, the first layout and fonts are not what a user feels while trading. */
    private static final long WARM_UP_MS = 3000;
    private static final BigDecimal SCRIPTED_BUY_SOL = new BigDecimal("0.5");
    private static final int TICKS_AFTER_BUY = 25;

    private final MainWindow window;
    private final GuiSessions sessions;
    private final UiCommands commands;

    public ScriptedRun(MainWindow window, GuiSessions sessions, UiCommands commands) {
        this.window = window;
        this.sessions = sessions;
        this.commands = commands;
    }

    /** Runs for up to {@code length} (a screenshot ends it as soon as it is taken). */
    public void run(Duration length, boolean scriptedBuy, Path screenshot, boolean measureStalls) throws Exception {
        long end = System.currentTimeMillis() + length.toMillis();
        EdtStallMonitor stalls = new EdtStallMonitor();
        long[] edtCpuNanos = new long[1];
        long measureStart = 0;
        if (measureStalls) {
            Thread.sleep(Math.min(WARM_UP_MS, length.toMillis() / 4));
            SwingUtilities.invokeAndWait(() -> {
                stalls.start();
                edtCpuNanos[0] = edtCpuTime();
            });
            measureStart = System.nanoTime();
        }
        String boughtIn = null;
        int boughtAt = -1;
        boolean captured = false;
        while (System.currentTimeMillis() < end && !captured) {
            UiSnapshot shown = window.lastShown();
            UiSnapshot.Game game = shown.game();
            if (scriptedBuy && boughtIn != null && !boughtIn.equals(game.gameId())) {
                boughtIn = null;   // that game rugged before the picture: buy again in this one
            }
            if (scriptedBuy && boughtIn == null && game.phase() == GamePhase.ACTIVE && game.tick() >= 5
                    && game.tick() < 60 && shown.permissions().buy().enabled()) {
                boughtIn = game.gameId();
                boughtAt = game.tick();
                SwingUtilities.invokeLater(() -> commands.buy(SCRIPTED_BUY_SOL));
            }
            if (screenshot != null && readyForPicture(shown, scriptedBuy, boughtIn, boughtAt)) {
                Thread.sleep(2 * MainWindow.REFRESH_MS);   // let the last refresh paint
                save(screenshot);
                captured = true;
            }
            Thread.sleep(20);
        }
        if (screenshot != null && !captured) {
            save(screenshot);
        }
        if (measureStalls) {
            SwingUtilities.invokeAndWait(() -> {
                stalls.stop();
                edtCpuNanos[0] = edtCpuTime() - edtCpuNanos[0];
            });
            long wall = System.nanoTime() - measureStart;
            System.out.println(stalls.report());
            // a stall with an idle EDT is the machine (other processes, GC), not the window's own work
            System.out.printf(java.util.Locale.ROOT, "EDT busy %.1f %% of %.0f s (CPU time of the EDT itself)%n",
                    100.0 * edtCpuNanos[0] / wall, wall / 1e9);
            // the other side of the hand-over: snapshots the domain thread built, and that thread's CPU in all
            System.out.printf(java.util.Locale.ROOT, "snapshots built %d; domain thread CPU %.1f s%n",
                    sessions.current().map(live -> live.assembler().rebuilds()).orElse(-1L),
                    domainCpuNanos() / 1e9);
        }
        sessions.notice(UiSnapshot.NoticeLevel.INFO, "scripted run finished");
    }

    /** CPU time the session's domain thread has used so far, or 0 where the JVM does not measure it. */
    private static long domainCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(io.rugdesk.event.DomainThread.NAME))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
    }

    /**
     * {@code scripts/paper-strategy.sh}: puts the window in paper mode, starts {@code strategy} (its defaults) from
     * the Strategy panel, and saves the window once the decision log shows {@code fills} fills, two games are
     * finished and the running game is {@value #TICKS_AFTER_BUY} ticks in; or when {@code length} is over.
     */
    public void paperStrategy(StrategyPanel panel, String strategy, int fills, Duration length, Path screenshot)
            throws Exception {
        long end = System.currentTimeMillis() + length.toMillis();
        WindowTrading trading = null;
        while (trading == null && System.currentTimeMillis() < end) {
            trading = sessions.current().map(GuiSessions.Live::trading).orElse(null);
            Thread.sleep(50);
        }
        if (trading == null) {
            throw new IllegalStateException("no session to run " + strategy + " on");
        }
        trading.setPaper(true);
        trading.startStrategy(io.rugdesk.strategy.StrategyCatalog.builtIn().configure(strategy, java.util.Map.of()));
        SwingUtilities.invokeAndWait(() -> window.showDocked(panel.component()));
        while (System.currentTimeMillis() < end) {
            WindowTrading.View view = trading.view();
            long filled = view.decisions().stream().filter(line -> "FILLED".equals(line.outcome())).count();
            UiSnapshot.Game game = window.lastShown().game();
            if (filled >= fills && view.figures() != null && view.figures().games() >= 2
                    && game.phase() == GamePhase.ACTIVE && game.tick() >= TICKS_AFTER_BUY && game.tick() < 60) {
                break;
            }
            Thread.sleep(20);
        }
        Thread.sleep(2L * StrategyPanel.REFRESH_MS);   // let the panel and the window paint the last view
        save(screenshot);
    }

    /** CPU time the calling thread (the EDT) has used, or 0 where the JVM does not measure it. */
    private static long edtCpuTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static boolean readyForPicture(UiSnapshot shown, boolean scriptedBuy, String boughtIn, int boughtAt) {
        UiSnapshot.Game game = shown.game();
        if (game.phase() != GamePhase.ACTIVE) {
            return false;
        }
        if (!scriptedBuy) {
            return game.tick() >= TICKS_AFTER_BUY;
        }
        BigDecimal server = shown.account().line(AccountField.POSITION_QTY).server();
        return boughtIn != null && boughtIn.equals(game.gameId()) && game.tick() >= boughtAt + TICKS_AFTER_BUY
                && server != null && server.signum() > 0;
    }

    private void save(Path file) throws Exception {
        AtomicReference<Rectangle> bounds = new AtomicReference<>();
        // where the window really is on screen: without a window manager (Xvfb) getBounds() may not say
        SwingUtilities.invokeAndWait(() -> bounds.set(new Rectangle(window.frame().getRootPane().getLocationOnScreen(),
                window.frame().getRootPane().getSize())));
        BufferedImage image = new Robot().createScreenCapture(bounds.get());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        System.out.println("screenshot: " + file.toAbsolutePath());
    }
}
