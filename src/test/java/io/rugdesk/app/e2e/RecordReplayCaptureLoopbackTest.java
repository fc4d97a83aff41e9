package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.app.CaptureInspector;
import io.rugdesk.app.Main;
import io.rugdesk.recording.Outcome;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import io.rugdesk.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue "must show": {@code record} against the simulator replaying a real capture as fast as possible writes one
 * file per game the capture shows starting, with that game's ticks and rug; {@code replay} reads each back.
 */
class RecordReplayCaptureLoopbackTest {

    @TempDir
    Path dir;

    @Test
    void recordAgainstAReplayedCaptureWritesTheCapturesGames() throws Exception {
        Path capture = Fixtures.capture1212(); // skips when the fixtures are absent
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        for (JsonNode game : CaptureInspector.inspect(capture).report().path("games")) {
            if (game.path("started").asBoolean()) {
                expected.put(game.path("gameId").asText(), game);
            }
        }
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        try (SimServer sim = new SimServer(SimConfig.defaults().withReplay(capture, true)).start()) {
            CommandLine command = Main.commandLine();
            command.setOut(new PrintWriter(stdout, true));
            int exit = command.execute("record", "--server", sim.url(), "--out", out.toString(), "--idle-exit", "3");
            assertThat(exit).isZero();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(out)) {
            files = listing.sorted().toList();
        }
        List<String> recorded = new ArrayList<>();
        for (Path file : files) {
            RecordingReader.Recording recording = new RecordingReader().read(file);
            assertThat(recording.valid()).as("%s %s", file, recording.problems()).isTrue();
            String id = recording.header().gameId();
            recorded.add(id);
            JsonNode truth = expected.get(id);
            assertThat(truth).as("game %s is in the capture", id).isNotNull();
            if (recording.footer().outcome() == Outcome.RUGGED) {
                assertThat(recording.footer().rugTick()).isEqualTo(truth.path("rugTick").asInt());
            }
            assertThat(recording.ticks()).allSatisfy(tick -> assertThat(tick.tick())
                    .isBetween(0, truth.path("lastTick").asInt()));
            assertThat(recording.ticks().get(recording.ticks().size() - 1).tick())
                    .isGreaterThanOrEqualTo(truth.path("firstTick").asInt());
        }
        assertThat(recorded).containsExactlyElementsOf(expected.keySet());
        assertThat(stdout.toString().lines().filter(l -> l.startsWith("game "))).hasSize(expected.size());

        StringWriter replayed = new StringWriter();
        CommandLine replay = Main.commandLine();
        replay.setOut(new PrintWriter(replayed, true));
        assertThat(replay.execute("replay", "--max", files.get(0).toString())).isZero();
        assertThat(replayed.toString()).startsWith("game " + recorded.get(0)).contains("fair=ok");
        System.out.print("record against the replayed capture:\n" + stdout + replayed);
    }
}
