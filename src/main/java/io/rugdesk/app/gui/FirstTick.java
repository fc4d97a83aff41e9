package io.rugdesk.app.gui;

import io.rugdesk.ui.MainWindow;
import io.rugdesk.ui.UiSnapshot;
import java.lang.management.ManagementFactory;
import javax.swing.SwingUtilities;

/**
 * The start-up benchmark's end point ({@code gui --exit-at-first-tick}, {@code scripts/bench.sh startup}): waits
 * until the window has shown a tick of an active game, lets Swing paint it, and prints
 * {@code first tick painted <ms> cpu <ms>}: milliseconds since the JVM started, and the CPU time the process has
 * used by then (which a loaded machine moves much less than the wall clock). Thread: the main thread.
 */
public final class FirstTick {

    public static final String LINE_PREFIX = "first tick painted ";
    private static final long POLL_MS = 5;

    private FirstTick() {
    }

    /** Blocks until the first tick is painted, then prints the line. */
    public static void awaitPainted(MainWindow window) throws Exception {
        while (!isTick(window.lastShown())) {
            Thread.sleep(POLL_MS);
        }
        // the refresh that handed the tick to the panels queued their repaint before this, so it has run
        SwingUtilities.invokeAndWait(() -> { });
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(LINE_PREFIX + sinceJvmStart + " cpu " + processCpuMillis());
        System.out.flush();
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included); -1 where not measured. */
    public static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
    }

    private static boolean isTick(UiSnapshot shown) {
        return shown.game().phase() == UiSnapshot.GamePhase.ACTIVE && shown.game().tick() > 0;
    }
}
