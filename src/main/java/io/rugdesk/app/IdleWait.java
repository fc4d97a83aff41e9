package io.rugdesk.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wait of the headless commands ({@code record}, {@code bot}): until their latch opens, or, with
 * {@code --idle-exit}, until the session has received no frame for that long.
 *
 * <p>Thread: the command's main thread (it polls the session's frame count).
 */
final class IdleWait {

    private static final Logger LOG = LoggerFactory.getLogger(IdleWait.class);
    private static final long POLL_MILLIS = 100;

    private IdleWait() {
    }

    /**
     * Waits for {@code done}, or for {@code idleExitSeconds} without a frame (0: no idle limit).
     *
     * @return true when the session went idle, false when {@code done} opened
     */
    static boolean untilDoneOrIdle(ClientSession session, CountDownLatch done, double idleExitSeconds)
            throws InterruptedException {
        long idleNanos = (long) (idleExitSeconds * 1000) * 1_000_000L;
        long lastFrames = -1;
        long lastFrameAt = System.nanoTime();
        while (!done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            long frames = session.framesReceived();
            if (frames != lastFrames) {
                lastFrames = frames;
                lastFrameAt = System.nanoTime();
            } else if (idleNanos > 0 && System.nanoTime() - lastFrameAt >= idleNanos) {
                LOG.info("no frame for {} s: stopping", idleExitSeconds);
                return true;
            }
        }
        return false;
    }
}
