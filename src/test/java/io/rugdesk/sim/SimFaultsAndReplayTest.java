package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.game.fair.GeneratedGame;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.game.fair.SeedHash;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults (latency, disconnect, stop/restart on the same port), the fair game log, and capture replay. */
class SimFaultsAndReplayTest {

    @Test
    void gamesFollowTheProvablyFairModelAndTheLogKeepsThem() throws Exception {
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(400).withBots(2)).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> server.gameLog().size() >= 2);
            for (GameRecord game : server.gameLog()) {
                GeneratedGame expected = PriceModel.v3().generate(game.serverSeed(), game.gameId());
                assertThat(game.serverSeedHash()).isEqualTo(SeedHash.sha256Hex(game.serverSeed()));
                assertThat(game.rugTick()).isEqualTo(expected.rugTick());
                assertThat(game.prices().subList(0, game.rugTick()))
                        .containsExactly(java.util.Arrays.stream(expected.preRugPrices()).boxed().toArray(Double[]::new));
                assertThat(game.rugPrice()).isGreaterThan(0).isLessThanOrEqualTo(0.02);
                assertThat(game.prices()).hasSize(game.rugTick() + 1).endsWith(game.rugPrice());
            }
        }
    }

    @Test
    void latencyDelaysTheAckDisconnectDropsClientsAndRestartKeepsThePort() throws Exception {
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(50)).start()) {
            int port = server.port();
            server.setFaults(300, 0, 0);
            try (SimProbe probe = new SimProbe(server.url(), false)) {
                probe.socket.emit("authenticate", new JSONObject().put("token", "x"));
                probe.awaitEvent("usernameStatus");
                long sent = System.nanoTime();
                probe.emitWithAck("buyOrder", new JSONObject().put("amount", new BigDecimal("99")));
                SimProbe.Received ack = probe.awaitEvent("ack:buyOrder");
                assertThat(ack.json().getString("error")).isEqualTo("AMOUNT_TOO_LARGE");
                assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

                server.disconnectAll();
                await().atMost(Duration.ofSeconds(5)).until(() -> !probe.socket.connected());
            }
            server.stop();
            server.start();
            assertThat(server.port()).isEqualTo(port);
            try (SimProbe again = new SimProbe(server.url(), true)) {
                assertThat(again.awaitEvent("gameStateUpdate").json().has("prices")).isTrue();
                again.emitWithAck("sellOrder", new JSONObject().put("percentage", 100));
                assertThat(again.awaitEvent("ack:sellOrder").json().getString("error")).isEqualTo("NOT_AUTHENTICATED");
            }
        }
    }

    @Test
    void aDropRateLosesAShareOfTheCountdownMessages() throws Exception {
        SimConfig config = SimConfig.defaults().withSpeed(50).withFaults(0, 0, 0.5, 0);
        try (SimServer server = new SimServer(config).start(); SimProbe probe = new SimProbe(server.url(), false)) {
            SimProbe.Received first = probe.awaitEvent("gameStateUpdate", r -> r.json().optInt("cooldownTimer") == 15000
                    && !r.json().has("prices"), Duration.ofSeconds(20));
            probe.awaitEvent("gameStateUpdate", r -> probe.indexOf(r) > probe.indexOf(first)
                    && r.json().optInt("cooldownTimer") == 15000, Duration.ofSeconds(20));
            long countdown = probe.all("gameStateUpdate").stream()
                    .filter(r -> probe.indexOf(r) > probe.indexOf(first) && r.json().length() == 7).count();
            assertThat(countdown).isBetween(30L, 120L);   // 149 sent, about half dropped
        }
    }

    /**
     * Replays a real capture, trimmed and enlarged: the connect marker and a sent record are skipped, a traced
     * record arrives as two arguments, and a 500 KB extended message (bigger than the largest real one, 489 KB)
     * passes the WebSocket intact.
     */
    @Test
    void replaysACaptureWithItsArgumentShapesAndAFrameAbove489Kb(@TempDir Path dir) throws Exception {
        Path source = Fixtures.capture1212();
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> trimmed = new ArrayList<>();
        JSONObject big = null;
        for (String line : lines.subList(0, 40)) {
            trimmed.add(line);
        }
        for (String line : lines) {
            JSONObject record = new JSONObject(line);
            if (record.getInt("seq") == 437) {
                JSONArray history = record.getJSONObject("data").getJSONArray("gameHistory");
                for (int i = 0, n = history.length(); i < n; i++) {
                    history.put(history.get(i));
                }
                big = record;
            }
        }
        trimmed.add(big.toString());
        trimmed.add("{\"seq\":9999,\"ts\":\"2025-12-12T17:18:00.000000\",\"direction\":\"sent\",\"event\":\"buyOrder\",\"data\":{\"amount\":1}}");
        Path capture = dir.resolve("trimmed.jsonl");
        Files.write(capture, trimmed, StandardCharsets.UTF_8);
        int bigSize = big.getJSONObject("data").toString().length();
        assertThat(bigSize).isGreaterThan(500_000);

        List<CaptureReplayer.Frame> frames = CaptureReplayer.read(capture);
        assertThat(frames).hasSize(40);  // 39 events + the big one; the connect marker and the sent record skipped
        long states = frames.stream().filter(f -> f.event().equals("gameStateUpdate")).count();
        for (SimConfig config : List.of(SimConfig.defaults().withReplay(capture, true),
                SimConfig.defaults().withReplay(capture, false).withSpeed(1000))) {
            try (SimServer server = new SimServer(config).start(); SimProbe probe = new SimProbe(server.url(), false)) {
                SimProbe.Received last = probe.awaitEvent("gameStateUpdate", r -> r.json().has("gameHistory")
                        && r.json().getJSONArray("gameHistory").length() == 20, Duration.ofSeconds(30));
                assertThat(server.replayFinished()).isTrue();
                assertThat(last.json().toString().length()).isEqualTo(bigSize);
                assertThat(probe.all("gameStateUpdate")).hasSize((int) states)
                        .allSatisfy(r -> assertThat(r.args()).hasSize(1));
                assertThat(probe.all("standard/newTrade")).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.args()).hasSize(2));
                assertThat(probe.all("buyOrder")).isEmpty();
            }
        }
    }
}
