package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bot --paper --out DIR} records the games it plays with its fills in them, so a {@code backtest} of those
 * files reproduces the paper run: game by game the same P&amp;L (two codes: the live runner on the feed, the
 * backtest's runner on the files). Over a replayed real capture (skipped without the fixtures) and over the
 * embedded simulator.
 */
class BotPaperRecordingsTest {

    private static final String[] STRATEGY = {"--strategy", "fixed-ticks", "--param", "buyTick=3", "--param",
        "amount=0.1", "--param", "sellTick=12", "--param", "sidebetTick=2", "--param", "sidebetAmount=0.01"};

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void aPaperRunOverAReplayedRealCaptureIsReproducedByABacktestOfItsRecordings() throws Exception {
        Path capture = Fixtures.capture1212();
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(5).withReplay(capture, false))
                .start()) {
            paperThenBacktest(List.of("--server", server.url(), "--idle-exit", "10"), 1);
        }
    }

    @Test
    void aPaperRunOnTheEmbeddedSimulatorIsReproducedByABacktestOfItsRecordings() throws Exception {
        paperThenBacktest(List.of("--speed", "20", "--max-games", "6", "--idle-exit", "60"), 5);
    }

    private void paperThenBacktest(List<String> source, int leastGames) throws Exception {
        Path recordings = dir.resolve("rec");
        Path paperJson = dir.resolve("paper.json");
        List<String> bot = new ArrayList<>(List.of("bot", "--paper", "--balance", "10", "--config-dir",
                dir.resolve("cfg").toString(), "--out", recordings.toString(), "--json", paperJson.toString()));
        bot.addAll(List.of(STRATEGY));
        bot.addAll(source);
        assertThat(cli.run(bot)).as(cli.err()).isZero();

        Path backtestJson = dir.resolve("backtest.json");
        List<String> backtest = new ArrayList<>(List.of("backtest", recordings.toString(), "--balance", "10",
                "--json", backtestJson.toString()));
        backtest.addAll(List.of(STRATEGY));
        assertThat(cli.run(backtest)).as(cli.err()).isZero();

        Map<String, JsonNode> paper = byGameId(paperJson);
        Map<String, JsonNode> replayed = byGameId(backtestJson);
        assertThat(replayed.keySet()).as("every rugged recording is a game of the paper run")
                .isSubsetOf(paper.keySet());
        assertThat(replayed).hasSizeGreaterThanOrEqualTo(leastGames);
        int traded = 0;
        for (Map.Entry<String, JsonNode> game : replayed.entrySet()) {
            JsonNode live = paper.get(game.getKey());
            assertThat(new BigDecimal(game.getValue().get("pnl").asText())).as("P&L of %s", game.getKey())
                    .isEqualByComparingTo(new BigDecimal(live.get("pnl").asText()));
            assertThat(game.getValue().get("fills").asInt()).isEqualTo(live.get("fills").asInt());
            assertThat(game.getValue().get("sidebets").asInt()).isEqualTo(live.get("sidebets").asInt());
            traded += live.get("fills").asInt() > 0 ? 1 : 0;
        }
        assertThat(traded).as("the strategy traded in the games compared").isPositive();

        // the paper fills are in the recordings, one strategyFill record per report row
        Map<String, Integer> recordedFills = strategyFills(recordings);
        for (String gameId : replayed.keySet()) {
            JsonNode live = paper.get(gameId);
            // a fill is one row; a sidebet two: placed, then settled (won or lost) within its rugged game
            int rows = live.get("fills").asInt() + 2 * live.get("sidebets").asInt();
            assertThat(recordedFills.getOrDefault(gameId, 0)).as("strategyFill records of %s", gameId)
                    .isEqualTo(rows);
        }
    }

    private static Map<String, JsonNode> byGameId(Path json) throws Exception {
        Map<String, JsonNode> games = new LinkedHashMap<>();
        for (JsonNode game : new ObjectMapper().readTree(json.toFile()).get("games")) {
            games.put(game.get("gameId").asText(), game);
        }
        return games;
    }

    /** Per game id, the PAPER strategyFill records of the recordings in {@code folder}. */
    private static Map<String, Integer> strategyFills(Path folder) throws Exception {
        Map<String, Integer> fills = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            for (RecordingReader.Other record : new RecordingReader().read(file).others()) {
                if (record.type().equals("strategyFill") && record.node().get("mode").asText().equals("PAPER")) {
                    fills.merge(record.node().get("gameId").asText(), 1, Integer::sum);
                }
            }
        }
        return fills;
    }
}
