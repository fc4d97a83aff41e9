package io.rugdesk.recording;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
 * Writes one recording as {@code <name>.jsonl.partial} through a buffer, one complete JSON line per
 * {@link #write}; {@link #flush} hands what is buffered to the operating system (the queued writer does so
 * whenever its queue runs empty, so an idle recorder has everything on the OS side and a killed process leaves
 * complete lines and at most one torn last one). {@link #finish} writes the footer, forces the file to disk and
 * atomically renames it to {@code <name>.jsonl}. Every method may throw {@link IOException}; the caller decides
 * (the recorder turns it into {@link RecordingFailed}).
 *
 * <p>Thread: confined to one thread at a time (the recording writer thread in the app); not thread-safe.
 */
public final class RecordingFileWriter implements AutoCloseable {

    /** Suffix of a finished recording. */
    public static final String FINISHED_SUFFIX = ".jsonl";
    /** Suffix of a recording being written (or left by a crash). */
    public static final String PARTIAL_SUFFIX = ".jsonl.partial";

    private static final int BUFFER_BYTES = 64 * 1024;
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
    private final OutputStream out;
    private boolean closed;

    private RecordingFileWriter(Path partial, Path finished, FileChannel channel) {
        this.partial = partial;
        this.finished = finished;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
    }

    /**
     * Creates the folder if needed and opens a new {@code .partial} file whose name sorts by {@code startedAt}
     * and carries the game id (a number suffix keeps two starts in the same millisecond apart).
     */
    public static RecordingFileWriter open(Path folder, Instant startedAt, String gameId, ChannelOpener opener)
            throws IOException {
        Objects.requireNonNull(opener, "opener");
        if (!Files.isDirectory(folder)) {   // createDirectories of an existing folder throws and catches inside
            Files.createDirectories(folder);
        }
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

    /** Appends one complete line (with its newline) to the buffer. */
    public void write(byte[] line) throws IOException {
        if (closed) {
            throw new IOException("recording " + partial.getFileName() + " is already closed");
        }
        out.write(line);
    }

    /** Hands the buffered lines to the operating system. */
    public void flush() throws IOException {
        if (!closed) {
            out.flush();
        }
    }

    /** Writes the footer line, forces the data to disk, closes and renames to the final name. Returns that name. */
    public Path finish(byte[] footerLine) throws IOException {
        write(footerLine);
        out.flush();
        channel.force(true);
        close();
        Files.move(partial, finished, StandardCopyOption.ATOMIC_MOVE);
        return finished;
    }

    /**
     * Closes the channel, leaving the {@code .partial} file for {@link RecordingRecovery}; what is buffered is
     * written first when the disk takes it. Idempotent.
     */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                out.flush();
            } finally {
                channel.close();
            }
        }
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
