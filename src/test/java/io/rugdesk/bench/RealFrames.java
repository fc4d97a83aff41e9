package io.rugdesk.bench;

import io.rugdesk.protocol.CaptureFile;
import io.rugdesk.protocol.CaptureRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real frames the benchmarks use, read in place from the fixtures folder (system property
 * {@code rugdesk.fixtures}, default {@code ../shared/fixtures}); never copied into the repo. The two frames the
 * codec benchmark decodes are named by their {@code seq} in fixtures/README.md: seq 11 is an ordinary active
 * tick (about 4.9 KB of arguments), seq 264 the extended rug message (about 295 KB, {@code gameHistory} of
 * ten games). Thread: plain loading code, any thread.
 */
public final class RealFrames {

    public static final String CAPTURE_A = "captures/public-2025-12-12.jsonl";
    public static final String CAPTURE_B = "captures/public-2025-12-14.jsonl";
    private static final long STANDARD_TICK_SEQ = 11;
    private static final long EXTENDED_MESSAGE_SEQ = 264;

    private RealFrames() {
    }

    /** The fixtures folder. */
    public static Path root() {
        return Path.of(System.getProperty("rugdesk.fixtures", "../shared/fixtures")).toAbsolutePath().normalize();
    }

    /** The capture at {@code relative}, or a clear failure naming the property to set. */
    public static Path capture(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("real capture " + file + " is absent: run from the repository with "
                    + "../shared/fixtures beside it, or pass -Drugdesk.fixtures=DIR");
        }
        return file;
    }

    /** Every server event of a capture (connect marker and sent frames left out), in file order. */
    public static List<CaptureRecord> serverEvents(Path capture) {
        List<CaptureRecord> records = new ArrayList<>();
        try (CaptureFile file = CaptureFile.open(capture)) {
            for (Optional<CaptureRecord> next = file.read(); next.isPresent(); next = file.read()) {
                if (next.get().isServerEvent()) {
                    records.add(next.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + capture, e);
        }
        return records;
    }

    /** The server event with {@code seq} in capture A. */
    public static CaptureRecord captureA(long seq) {
        return serverEvents(capture(CAPTURE_A)).stream().filter(r -> r.seq() == seq).findFirst()
                .orElseThrow(() -> new IllegalStateException("no record with seq " + seq + " in " + CAPTURE_A));
    }

    /** The ordinary active tick used by the codec benchmarks. */
    public static CaptureRecord standardTick() {
        return captureA(STANDARD_TICK_SEQ);
    }

    /** The extended rug message used by the codec benchmarks. */
    public static CaptureRecord extendedMessage() {
        return captureA(EXTENDED_MESSAGE_SEQ);
    }

    /** Sum of the argument text of {@code records}, in bytes of UTF-8 (what the wire carried, roughly). */
    public static long payloadBytes(List<CaptureRecord> records) {
        long total = 0;
        for (CaptureRecord r : records) {
            total += r.argumentsJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    + r.eventName().length() + 5;
        }
        return total;
    }
}
