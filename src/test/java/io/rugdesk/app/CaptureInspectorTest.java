package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code inspect} on the real captures reports what truth.py (shared/tools) computes from protocol facts alone;
 * the figures below are its output, checked by hand against fixtures/README.md.
 */
class CaptureInspectorTest {

    @TempDir
    Path dir;

    @Test
    void december12CaptureSurvivesTheReorderedRugMessage() throws IOException {
        JsonNode report = CaptureInspector.inspect(Fixtures.capture1212()).report();
        assertThat(counts(report)).containsExactlyInAnyOrderEntriesOf(Map.of("gameStateUpdate", 510,
                "standard/newTrade", 31, "newChatMessage", 11, "battleEventUpdate", 1));
        assertThat(report.get("rejected")).isEmpty();
        JsonNode games = report.get("games");
        assertThat(games).hasSize(3);
        assertGame(games.get(0), "20251212-25dcb17086a24ad7", true, true, "RUGGED", 4, 231, 229,
                "0.006550710277065084", true);
        assertGame(games.get(1), "20251212-6114b2ff44ef4b71", true, false, "RUGGED", 0, 17, 16,
                "0.020000000000000018", true);
        assertGame(games.get(2), "20251212-6f491efbd808458b", false, false, null, null, null, null, null, false);
        assertThat(report.get("player").isNull()).isTrue();
        assertThat(report.get("anomalies").asInt()).isEqualTo(1); // the late extended rug message, seq 264
    }

    @Test
    void december14CaptureHasTwoCompleteGames() throws IOException {
        JsonNode report = CaptureInspector.inspect(Fixtures.capture1214()).report();
        assertThat(counts(report)).containsEntry("gameStateUpdate", 446).containsEntry("standard/newTrade", 18)
                .containsEntry("goldenHourUpdate", 6).containsEntry("maintenanceUpdate", 1).hasSize(9);
        assertThat(report.get("rejected")).isEmpty();
        JsonNode games = report.get("games");
        assertThat(games).hasSize(3);
        assertGame(games.get(0), "20251215-a8311c871b0e4bea", true, false, "RUGGED", 0, 118, 116,
                "0.011310586355822466", true);
        assertGame(games.get(1), "20251215-1a211bfc7caf41d6", true, false, "RUGGED", 0, 9, 7,
                "0.014782661565813707", true);
        assertGame(games.get(2), "20251215-e75f6937884e45a7", false, false, null, null, null, null, null, false);
        assertThat(report.get("anomalies").asInt()).isZero();
    }

    @Test
    void keySamplesOfFebruary2026DecodeAndFormOneGame() throws IOException {
        JsonNode report = CaptureInspector.inspect(Fixtures.keySamples()).report();
        assertThat(counts(report)).containsExactlyInAnyOrderEntriesOf(Map.of("gameStateUpdate", 7,
                "standard/newTrade", 4));
        assertThat(report.get("rejected")).isEmpty();
        assertThat(report.get("games")).hasSize(1);
        assertGame(report.get("games").get(0), "20260206-003482fbeaae4ad5", true, false, "RUGGED", 0, 255, 255,
                "0.0017842710071060424", false);
        assertThat(report.get("anomalies").asInt()).isZero();
    }

    @Test
    void sentRecordsAndMarkersAreCountedNotDecodedAndThePlayerComesFromUsernameStatus() throws IOException {
        Path capture = dir.resolve("auth.jsonl");
        String trace = "{\"__trace\":true,\"traceparent\":\"00-55110064298fdee6dc04d093c003b5c9-2870159c41eb0cab-01\"}";
        Files.writeString(capture, String.join("\n",
                "{\"seq\":1,\"ts\":\"2025-12-15T10:00:00.000000\",\"event\":\"connect\",\"data\":null}",
                "{\"seq\":2,\"ts\":\"2025-12-15T10:00:00.100000\",\"event\":\"authenticate\",\"direction\":\"sent\","
                        + "\"data\":[" + trace + ",{}]}",
                "{\"seq\":3,\"ts\":\"2025-12-15T10:00:00.200000\",\"event\":\"playerUpdate\",\"data\":"
                        + "{\"id\":\"did:privy:first\",\"cash\":0.017619831}}",
                "{\"seq\":4,\"ts\":\"2025-12-15T10:00:00.300000\",\"event\":\"usernameStatus\",\"data\":[" + trace
                        + ",{\"id\":\"did:privy:cmaibr7rt0094jp0mc2mbpfu4\",\"hasUsername\":true,\"username\":\"Dutch\"}]}",
                "{\"seq\":5,\"ts\":\"2025-12-15T10:00:00.400000\",\"event\":\"usernameStatus\",\"data\":[" + trace + "]}",
                "{\"seq\":6,\"ts\":\"2025-12-15T10:00:00.500000\",\"event\":\"gameStateUpdate\",\"data\":{\"active\":true}}"));
        CaptureInspector.Result result = CaptureInspector.inspect(capture);
        JsonNode report = result.report();
        assertThat(result.sentEvents()).containsExactly(Map.entry("authenticate", 1L));
        assertThat(result.markers()).isEqualTo(1);
        assertThat(counts(report)).containsExactlyInAnyOrderEntriesOf(Map.of("playerUpdate", 1,
                "usernameStatus", 2, "gameStateUpdate", 1));
        assertThat(report.get("player").get("id").asText()).isEqualTo("did:privy:cmaibr7rt0094jp0mc2mbpfu4");
        assertThat(report.get("player").get("username").asText()).isEqualTo("Dutch");
        assertThat(report.get("rejected")).hasSize(2);
        assertThat(report.get("rejected").get(0).get("seq").asInt()).isEqualTo(5);
        assertThat(report.get("rejected").get(0).get("reason").asText()).startsWith("only a trace object");
        assertThat(report.get("rejected").get(1).get("reason").asText()).isEqualTo("missing gameId");
        assertThat(report.get("games")).isEmpty();
    }

    @Test
    void theCommandPrintsOneJsonObjectAndFailsOnlyOnAnUnreadableFile() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        Path capture = Fixtures.keySamples();
        assertThat(cli.execute("inspect", capture.toString())).isZero();
        assertThat(out.toString().strip()).startsWith("{\"events\":").endsWith("\"anomalies\":0}")
                .doesNotContain("\n");
        int exit = cli.execute("inspect", dir.resolve("absent.jsonl").toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("inspect: cannot read").contains("absent.jsonl");
    }

    private static Map<String, Integer> counts(JsonNode report) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        report.get("events").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    private static void assertGame(JsonNode game, String id, boolean started, boolean joinedMidGame,
                                   String endReason, Integer firstTick, Integer lastTick, Integer rugTick,
                                   String rugPrice, boolean seedRevealed) {
        assertThat(game.get("gameId").asText()).isEqualTo(id);
        assertThat(game.get("started").asBoolean()).as(id + " started").isEqualTo(started);
        assertThat(game.get("joinedMidGame").asBoolean()).as(id + " joinedMidGame").isEqualTo(joinedMidGame);
        assertThat(game.get("ended").asBoolean()).as(id + " ended").isEqualTo(endReason != null);
        assertThat(game.get("endReason").isNull() ? null : game.get("endReason").asText()).isEqualTo(endReason);
        assertThat(intOrNull(game.get("firstTick"))).as(id + " firstTick").isEqualTo(firstTick);
        assertThat(intOrNull(game.get("lastTick"))).as(id + " lastTick").isEqualTo(lastTick);
        assertThat(intOrNull(game.get("rugTick"))).as(id + " rugTick").isEqualTo(rugTick);
        assertThat(game.get("rugPrice").isNull() ? null : game.get("rugPrice").asText()).isEqualTo(rugPrice);
        assertThat(game.get("seedRevealed").asBoolean()).as(id + " seedRevealed").isEqualTo(seedRevealed);
    }

    private static Integer intOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }
}
