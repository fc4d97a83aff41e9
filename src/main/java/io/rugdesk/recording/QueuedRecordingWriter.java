package io.rugdesk.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One recording file written off the domain thread (design.md §5): the owner hands records over, they are
 * serialized and written on the {@code io} executor (a single writer thread in the app, the caller's thread in
 * tests) in hand-over order, at most {@code capacity} waiting; the buffer is flushed to the OS whenever this
 * file's queue runs empty. The owner never waits for the disk: {@link #write} answers at once, and a disk
 * error is reported to the {@link Listener} on the writer thread, with the lines written so far kept in the
 * {@code .partial} file.
 *
 * <p>Thread: {@link #write}, {@link #finish} and {@link #abandon} on the owner's (domain) thread; everything
 * else on the {@code io} executor, which must run tasks one at a time in submission order.
 */
final class QueuedRecordingWriter {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedRecordingWriter.class);

    /** What {@link #write} did with a record. */
    enum Offer {
        /** Queued; it will be written unless the disk fails. */
        QUEUED,
        /** Not taken: {@code capacity} records were still waiting for the disk. */
        QUEUE_FULL,
        /** Not taken: the disk already failed (reported to the listener) or the file was ended. */
        CLOSED
    }

    /** Told on the writer thread how the file ended. */
    interface Listener {
        /** The footer was written and the file renamed to {@code file}. */
        void finished(Path file, Outcome outcome);

        /** Writing {@code partial} failed; what was written before is kept. */
        void failed(Path partial, Exception cause);
    }

    private final RecordingFileWriter file;
    private final Executor io;
    private final int capacity;
    private final Listener listener;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean failed;
    private boolean ended;

    QueuedRecordingWriter(RecordingFileWriter file, Executor io, int capacity, Listener listener) {
        this.file = Objects.requireNonNull(file, "file");
        this.io = Objects.requireNonNull(io, "io");
        this.capacity = capacity;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Hands one record over; never blocks. */
    Offer write(JsonNode record) {
        if (ended || failed) {
            return Offer.CLOSED;
        }
        if (waiting.incrementAndGet() > capacity) {
            waiting.decrementAndGet();
            return Offer.QUEUE_FULL;
        }
        return submit(() -> {
            try {
                if (!failed) {
                    file.write(RecordingJson.line(record));
                }
            } finally {
                if (waiting.decrementAndGet() == 0 && !failed) {
                    file.flush();
                }
            }
        }) ? Offer.QUEUED : Offer.CLOSED;
    }

    /** Writes the footer after everything queued, forces, renames; the listener hears how it went. */
    void finish(JsonNode footer, Outcome outcome) {
        if (end()) {
            submit(() -> {
                if (!failed) {
                    Path finished = file.finish(RecordingJson.line(footer));
                    tell(() -> listener.finished(finished, outcome));
                }
            });
        }
    }

    /** Closes the file after everything queued, leaving it {@code .partial} (for recovery as incomplete). */
    void abandon() {
        if (end()) {
            submit(file::close);
        }
    }

    private boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }

    private interface IoTask {
        void run() throws IOException;
    }

    private boolean submit(IoTask task) {
        try {
            io.execute(() -> {
                try {
                    task.run();
                } catch (IOException | RuntimeException e) {
                    fail(e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            fail(e);
            return false;
        }
    }

    private void fail(Exception cause) {
        if (failed) {
            return;
        }
        failed = true;
        try {
            file.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing failed recording {}", file.partialFile(), e);
        }
        tell(() -> listener.failed(file.partialFile(), cause));
    }

    /** A listener that throws (a bus already shut down) must not turn a written file into a failed one. */
    private void tell(Runnable notice) {
        try {
            notice.run();
        } catch (RuntimeException e) {
            LOG.warn("could not report how {} ended: {}", file.partialFile().getFileName(), e.toString());
        }
    }

    /** The file being written. */
    Path partialFile() {
        return file.partialFile();
    }

    /** The name the file gets once finished. */
    Path finishedFile() {
        return file.finishedFile();
    }
}
