package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real child JVM recording a game is killed with SIGKILL mid-write; recovery keeps every complete line. */
class CrashRecoveryTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(60)
    void aKilledRecorderLeavesOnlyCompleteLinesAndRecoveryKeepsThemAll() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrashingRecorderMain.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastReported = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lastReported = Integer.parseInt(line.substring("tick ".length()));
                if (lastReported >= 3_000) {
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastReported).as("child wrote ticks before it was killed (exit " + child.exitValue() + ")")
                .isGreaterThanOrEqualTo(3_000);

        Path partial = single(folder, "*.jsonl.partial");
        byte[] before = Files.readAllBytes(partial);
        List<RecordingRecovery.Recovered> recovered = new RecordingRecovery(Clock.systemUTC()).recoverAll(folder);

        Path finished = single(folder, "*.jsonl");
        RecordingReader.Recording rec = new RecordingReader().read(finished);
        assertThat(rec.problems()).isEmpty();
        assertThat(rec.footer().outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(rec.header().gameId()).isEqualTo("crash");
        int lastTick = rec.ticks().get(rec.ticks().size() - 1).tick();
        assertThat(lastTick).isGreaterThanOrEqualTo(lastReported);
        assertThat(rec.ticks()).extracting(RecordingReader.Tick::tick)
                .containsExactlyElementsOf(IntStream.rangeClosed(0, lastTick).boxed().toList());
        assertThat(rec.ticks()).allSatisfy(t -> assertThat(t.price()).isEqualTo(GameScript.price("crash", t.tick())));
        // nothing lost: the recovered file plus the torn tail (if any) start with the very bytes the child wrote
        int torn = recovered.get(0).tornBytes();
        byte[] after = Files.readAllBytes(finished);
        assertThat(new String(after, 0, before.length - torn, StandardCharsets.UTF_8))
                .isEqualTo(new String(before, 0, before.length - torn, StandardCharsets.UTF_8));
    }

    private static Path single(Path folder, String glob) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> matching = files.filter(p -> folder.getFileSystem().getPathMatcher("glob:" + glob)
                    .matches(p.getFileName())).toList();
            assertThat(matching).hasSize(1);
            return matching.get(0);
        }
    }
}
