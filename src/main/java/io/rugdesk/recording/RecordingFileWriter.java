package io.rugdesk.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Writes one recording as {@code <name>.jsonl.partial}, one complete JSON line per {@link #write} handed to the
 * operating system at once (no user-space buffer, so a killed process leaves only complete lines, except
 * possibly a torn last one), and on {@link #finish} writes the footer, forces the file to disk and atomically
 * renames it to {@code <name>.jsonl}. Every method may throw {@link IOException}; the caller decides (the
 * recorder turns it into {@link RecordingFailed}).
 *
 * <p>Thread: confined to its owner (the domain thread in the app); not thread-safe.
 */
public final class RecordingFileWriter implements AutoCloseable {

    /** Suffix of a finished recording. */
    public static final String FINISHED_SUFFIX = ".jsonl";
    /** Suffix of a recording being written (or left by a crash). */
    public static final String PARTIAL_SUFFIX = ".jsonl.partial";

    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Opens the channel a recording is written to; a seam so tests can simulate a failing disk. */
    @FunctionalInterface
    public interface ChannelOpener {
        FileChannel open(Path path) throws IOException;

        /** The real file system: create new, write only. */
        ChannelOpener FILES = path -> FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private final Path partial;
    private final Path finished;
    private final FileChannel channel;
    private long records;
    private boolean closed;

    private RecordingFileWriter(Path partial, Path finished, FileChannel channel) {
        this.partial = partial;
        this.finished = finished;
        this.channel = channel;
    }

    /**
     * Creates the folder if needed and opens a new {@code .partial} file whose name sorts by {@code startedAt}
     * and carries the game id (a number suffix keeps two starts in the same millisecond apart).
     */
    public static RecordingFileWriter open(Path folder, Instant startedAt, String gameId, ChannelOpener opener)
            throws IOException {
        Objects.requireNonNull(opener, "opener");
        Files.createDirectories(folder);
        String base = fileBaseName(startedAt, gameId);
        for (int attempt = 0; ; attempt++) {
            String name = attempt == 0 ? base : base + "-" + attempt;
            Path finished = folder.resolve(name + FINISHED_SUFFIX);
            Path partial = folder.resolve(name + PARTIAL_SUFFIX);
            if (Files.exists(finished) || Files.exists(partial)) {
                continue;
            }
            return new RecordingFileWriter(partial, finished, opener.open(partial));
        }
    }

    /** {@code 2026-11-25T19-20-31.123Z_<gameId>}: lexical order is time order; unsafe id characters become '_'. */
    static String fileBaseName(Instant startedAt, String gameId) {
        String id = gameId == null || gameId.isBlank() ? "unknown" : gameId.replaceAll("[^A-Za-z0-9._-]", "_");
        return NAME_TIME.format(startedAt) + "_" + id;
    }

    /** Appends one record as one line, handed to the OS before returning. */
    public void write(JsonNode record) throws IOException {
        if (closed) {
            throw new IOException("recording " + partial.getFileName() + " is already closed");
        }
        ByteBuffer buffer = ByteBuffer.wrap(RecordingJson.line(record));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        records++;
    }

    /** Writes the footer, forces the data to disk, closes and renames to the final name. Returns that name. */
    public Path finish(JsonNode footer) throws IOException {
        write(footer);
        channel.force(true);
        close();
        Files.move(partial, finished, StandardCopyOption.ATOMIC_MOVE);
        return finished;
    }

    /** Closes the channel, leaving the {@code .partial} file for {@link RecordingRecovery}. Idempotent. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
        }
    }

    /** Lines written so far (footer included once finished). */
    public long records() {
        return records;
    }

    /** The file being written. */
    public Path partialFile() {
        return partial;
    }

    /** The name the file gets once finished. */
    public Path finishedFile() {
        return finished;
    }
}
