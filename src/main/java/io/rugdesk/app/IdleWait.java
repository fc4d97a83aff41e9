package io.rugdesk.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wait of the headless commands ({@code record}, {@code bot}): until their latch opens, or, with
 * {@code --idle-exit}, until the session has received no frame for that long since its last frame. Before the
 * first frame the idle limit does not run (a server that is slow to start, or a connection that is still being
 * retried, is not an idle feed): a separate first-frame wait applies, by default the longer of
 * {@value #DEFAULT_FIRST_FRAME_SECONDS} s and the idle limit.
 *
 * <p>Thread: the command's main thread (it polls the session's frame count).
 */
final class IdleWait {

    /** Why the wait ended. */
    enum Ended { DONE, IDLE, NO_FIRST_FRAME }

    static final double DEFAULT_FIRST_FRAME_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(IdleWait.class);
    private static final long POLL_MILLIS = 100;

    private IdleWait() {
    }

    /**
     * The first-frame wait when none was given: none without an idle limit (wait as long as the user lets it run),
     * otherwise the longer of {@value #DEFAULT_FIRST_FRAME_SECONDS} s and the idle limit.
     */
    static double defaultFirstFrameSeconds(double idleExitSeconds) {
        return idleExitSeconds <= 0 ? 0 : Math.max(DEFAULT_FIRST_FRAME_SECONDS, idleExitSeconds);
    }

    /**
     * Waits for {@code done}; for {@code idleExitSeconds} without a frame after the last one (0: no idle limit);
     * or for {@code firstFrameSeconds} from now while no frame came at all (0: no limit).
     */
    static Ended untilDoneOrIdle(ClientSession session, CountDownLatch done, double idleExitSeconds,
            double firstFrameSeconds) throws InterruptedException {
        long idleNanos = nanos(idleExitSeconds);
        long firstFrameNanos = nanos(firstFrameSeconds);
        long startedAt = System.nanoTime();
        long lastFrames = 0;
        long lastFrameAt = startedAt;
        while (!done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            long frames = session.framesReceived();
            long now = System.nanoTime();
            if (frames != lastFrames) {
                lastFrames = frames;
                lastFrameAt = now;
            } else if (frames == 0) {
                if (firstFrameNanos > 0 && now - startedAt >= firstFrameNanos) {
                    LOG.info("no frame at all in {} s: stopping", firstFrameSeconds);
                    return Ended.NO_FIRST_FRAME;
                }
            } else if (idleNanos > 0 && now - lastFrameAt >= idleNanos) {
                LOG.info("no frame for {} s: stopping", idleExitSeconds);
                return Ended.IDLE;
            }
        }
        return Ended.DONE;
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1000) * 1_000_000L;
    }
}
