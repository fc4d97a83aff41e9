package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.recording.Outcome;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "must show": a client JVM killed with SIGKILL mid-game leaves a {@code .partial}; the next session's
 * start recovers it as {@code incomplete} with every complete line.
 */
class CrashRecoveryLoopbackTest {

    @TempDir
    Path dir;

    @Test
    void aKilledClientsRecordingIsRecoveredAsIncompleteAtTheNextStart() throws Exception {
        Path folder = dir.resolve("recordings");
        Path partial;
        try (SimServer sim = new SimServer(SimConfig.defaults().withSpeed(2).withBots(1)
                .withSeeds(List.of(), 9L)).start()) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), CrashingSessionMain.class.getName(), sim.url(),
                    folder.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                String recording = null;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("RECORDING ")) {
                        recording = line.substring("RECORDING ".length());
                        break;
                    }
                }
                assertThat(recording).as("child started recording").isNotNull();
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no footer
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }
        }
        try (Stream<Path> listing = Files.list(folder)) {
            partial = listing.filter(f -> f.toString().endsWith(".partial")).findFirst().orElseThrow();
        }
        String content = Files.readString(partial, StandardCharsets.UTF_8);
        long completeLines = content.chars().filter(c -> c == '\n').count();
        assertThat(completeLines).isGreaterThan(5);
        assertThat(content).as("the token never reaches a recording").doesNotContain("crash-test-token");

        SessionConfig next = SessionConfig.embedded(SimConfig.defaults()).withConfigDir(dir.resolve("config"))
                .withRecordingFolder(folder).withAutoRecord(false);
        try (ClientSession restarted = ClientSession.start(next)) {
            assertThat(partial).as("recovered by %s's start", restarted.serverLabel()).doesNotExist();
        }
        Path recovered;
        try (Stream<Path> listing = Files.list(folder)) {
            recovered = listing.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        RecordingReader.Recording recording = new RecordingReader().read(recovered);
        assertThat(recording.footer()).isNotNull();
        assertThat(recording.footer().outcome()).isEqualTo(Outcome.INCOMPLETE);
        List<String> lines = Files.readAllLines(recovered, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) completeLines + 1); // every complete line, then the footer
        assertThat(String.join("\n", lines.subList(0, lines.size() - 1)) + "\n")
                .isEqualTo(content.substring(0, content.lastIndexOf('\n') + 1));
        System.out.printf("crash recovery: %d complete lines kept, %d ticks, outcome %s%n", completeLines,
                recording.ticks().size(), recording.footer().outcome().wireName());
    }
}
