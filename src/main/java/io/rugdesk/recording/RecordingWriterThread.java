package io.rugdesk.recording;

import io.rugdesk.event.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorder's own writer thread ({@value #NAME}, a daemon): runs the file writes one at a time in order.
 * Thread: {@link #execute} from the domain thread; {@link #drainAndStop} from whoever closes the recorder.
 */
final class RecordingWriterThread implements Executor {

    static final String NAME = "rugdesk-recording-writer";

    private static final Logger LOG = LoggerFactory.getLogger(RecordingWriterThread.class);

    private final ExecutorService thread;

    private RecordingWriterThread(ExecutorService thread) {
        this.thread = thread;
    }

    static RecordingWriterThread start() {
        return new RecordingWriterThread(Executors.newSingleThreadExecutor(DaemonThreads.named(NAME)));
    }

    @Override
    public void execute(Runnable task) {
        thread.execute(task);
    }

    /** Writes what is queued (at most {@code limit}), then ends the thread. */
    void drainAndStop(Duration limit) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("recording writer still busy after {}: files may lack their footer", limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
