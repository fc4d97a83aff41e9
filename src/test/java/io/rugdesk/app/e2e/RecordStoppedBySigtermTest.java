package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.app.Main;
import io.rugdesk.recording.Outcome;
import io.rugdesk.recording.RecordingReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rugdesk record} (a real child JVM against its embedded simulator) stopped by SIGTERM while it records:
 * the file is finished ({@code stopped}, renamed, valid) and the process exits quietly, without the
 * "Shutdown in progress" stack trace of Runtime.removeShutdownHook.
 */
class RecordStoppedBySigtermTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void sigtermWritesTheFileAndPrintsNoStackTrace() throws Exception {
        Path out = dir.resolve("out");
        Path stderr = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "record", "--out", out.toString(), "--max-games", "1", "--speed", "5")
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(stderr.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !files(out, ".jsonl.partial").isEmpty() || !child.isAlive());
            assertThat(child.isAlive()).as("recording (stderr: %s)", read(stderr)).isTrue();
            child.destroy(); // SIGTERM on Linux: the shutdown hook runs
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        String errors = read(stderr);
        assertThat(errors).doesNotContain("Shutdown in progress").doesNotContain("IllegalStateException")
                .doesNotContain("Exception in thread");
        assertThat(files(out, ".jsonl.partial")).isEmpty();
        List<Path> finished = files(out, ".jsonl");
        assertThat(finished).singleElement().satisfies(file -> {
            RecordingReader.Recording recording = new RecordingReader().read(file);
            assertThat(recording.problems()).isEmpty();
            assertThat(recording.footer().outcome()).isIn(Outcome.STOPPED, Outcome.RUGGED);
        });
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static List<Path> files(Path folder, String suffix) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
