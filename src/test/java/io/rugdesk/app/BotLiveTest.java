package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rugdesk bot --live} against a simulator over a real loopback socket, at 20×: its account is real to it,
 * so the simulator's own cash (read from the server, not through the client) is the truth the bot's report must
 * equal. Every verification of the run (as the recordings of its games hold them) must be IN_SYNC.
 */
class BotLiveTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private SimServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void twentyGamesLiveAtTwentyTimesEndWithTheSimulatorsOwnAccountChange() throws Exception {
        server = new SimServer(SimConfig.defaults().withSpeed(20)).start();
        BigDecimal before = server.simulatedPlayerCash();
        Path json = dir.resolve("live.json");
        Path csv = dir.resolve("live.csv");
        Path recordings = dir.resolve("rec");

        int exit = cli.run("bot", "--live", "--server", server.url(), "--strategy", "fixed-ticks",
                "--param", "buyTick=2", "--param", "amount=0.05", "--param", "sellTick=8",
                "--param", "sidebetTick=1", "--param", "sidebetAmount=0.01",
                "--max-games", "20", "--idle-exit", "60", "--config-dir", dir.resolve("cfg").toString(),
                "--json", json.toString(), "--csv", csv.toString(), "--out", recordings.toString());

        assertThat(exit).as(cli.err()).isZero();
        BigDecimal after = server.simulatedPlayerCash();
        assertThat(cli.out()).contains("LIVE bot: trades the account on " + server.url())
                .contains("max games:   20");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode games = report.get("games");
        assertThat(games.size()).isEqualTo(20);
        assertThat(report.at("/sources/0/kind").asText()).isEqualTo("live");
        BigDecimal sum = BigDecimal.ZERO;
        int fills = 0;
        for (JsonNode game : games) {
            sum = sum.add(new BigDecimal(game.get("pnl").asText()));
            fills += game.get("fills").asInt();
        }
        JsonNode summary = report.get("summary");
        assertThat(summary.get("stoppedBy").asText()).isEqualTo("max-games");
        assertThat(fills).as("the strategy traded").isPositive();
        // the bot's P&L, game by game summed here, is the simulator's own account change
        assertThat(sum).as("Σ game P&L vs the simulator's cash %s -> %s", before, after)
                .isEqualByComparingTo(after.subtract(before));
        assertThat(new BigDecimal(summary.get("netPnl").asText())).isEqualByComparingTo(after.subtract(before));

        // per fill: the expected price (decision tick) and the filled price, the slippage their difference
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).endsWith(",expectedPrice,slippage");
        int buysAndSells = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            if (cells[4].equals("BUY") || cells[4].equals("SELL")) {
                buysAndSells++;
                BigDecimal price = new BigDecimal(cells[5]);
                BigDecimal expected = new BigDecimal(cells[cells.length - 2]);
                assertThat(new BigDecimal(cells[cells.length - 1])).isEqualByComparingTo(price.subtract(expected));
            }
        }
        assertThat(buysAndSells).isPositive();
        assertFillsAddUpToEachGamesBalance(games, rows);

        assertThat(recordingCount(recordings)).isGreaterThanOrEqualTo(20);
        assertThat(verificationStatuses(recordings)).as(cli.out()).containsOnlyKeys("IN_SYNC");
        assertThat(cli.out()).contains(" 0 DRIFT");
    }

    /**
     * Written out here from the rows alone: each game's balance walked through its fills (buys and stakes out,
     * sells, liquidations and winnings in) meets every order's balance after it and ends at the game's end balance.
     */
    private static void assertFillsAddUpToEachGamesBalance(JsonNode games, List<String> rows) {
        for (int index = 0; index < games.size(); index++) {
            JsonNode game = games.get(index);
            BigDecimal end = new BigDecimal(game.get("endBalance").asText());
            BigDecimal balance = end.subtract(new BigDecimal(game.get("pnl").asText()));
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",", -1);
                if (!cells[0].equals(String.valueOf(index))) {
                    continue;
                }
                BigDecimal amount = new BigDecimal(cells[7]);
                balance = switch (cells[4]) {
                    case "BUY", "SIDEBET" -> balance.subtract(amount);
                    case "SELL", "RUG_LIQUIDATION", "SIDEBET_WON" -> balance.add(amount);
                    default -> balance;
                };
                if (cells[4].equals("BUY") || cells[4].equals("SELL") || cells[4].equals("SIDEBET")) {
                    assertThat(new BigDecimal(cells[8])).as("balance after %s", row).isEqualByComparingTo(balance);
                }
            }
            assertThat(balance).as("game %s: the fills add up to its P&L", game.get("gameId"))
                    .isEqualByComparingTo(end);
        }
    }

    /** Every {@code verified} record of the run's recordings, counted by status. */
    private static TreeMap<String, Integer> verificationStatuses(Path folder) throws Exception {
        TreeMap<String, Integer> statuses = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(f -> f.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            for (RecordingReader.Other other : new RecordingReader().read(file).others()) {
                if (other.type().equals("verified")) {
                    statuses.merge(other.node().get("status").asText(), 1, Integer::sum);
                }
            }
        }
        return statuses;
    }

    @Test
    void aServerRefusalIsCountedByItsCodeAndTheStrategyGoesOn() throws Exception {
        // the server's largest bet is below the strategy's buy, the client's own limit is not: the server refuses
        SimConfig small = SimConfig.defaults().withSpeed(20);
        small = new SimConfig(small.host(), small.port(), small.speed(), small.seeds(), small.randomSeed(),
                small.latencyMs(), small.jitterMs(), small.dropRate(), small.driftFeeBps(), small.playerId(),
                small.username(), small.startingCash(), new BigDecimal("0.02"), small.botCount(), null, false);
        server = new SimServer(small).start();
        BigDecimal before = server.simulatedPlayerCash();
        Path json = dir.resolve("refused.json");

        int exit = cli.run("bot", "--live", "--server", server.url(), "--strategy", "fixed-ticks",
                "--param", "buyTick=2", "--param", "amount=0.05", "--param", "sellTick=8",
                "--param", "sidebetTick=1", "--param", "sidebetAmount=0.01",
                "--max-games", "3", "--idle-exit", "60", "--config-dir", dir.resolve("cfg").toString(),
                "--json", json.toString());

        assertThat(exit).as(cli.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(json.toFile()).get("summary");
        assertThat(summary.get("stoppedBy").asText()).as("not stopped by the refusals").isEqualTo("max-games");
        // a game that began before the account was known is not traded live (StrategyRunner), so on a loaded
        // machine the first of the three may pass without an order; every game traded has its buy refused
        int traded = summary.get("gamesTraded").asInt();
        assertThat(traded).as(summary.toString()).isGreaterThanOrEqualTo(2);
        assertThat(summary.at("/refusedByReason/AMOUNT_TOO_LARGE").asInt()).as(summary.toString())
                .isGreaterThanOrEqualTo(traded);
        assertThat(summary.get("sidebets").asInt()).as("the strategy went on").isGreaterThanOrEqualTo(traded);
        assertThat(new BigDecimal(summary.get("netPnl").asText()))
                .isEqualByComparingTo(server.simulatedPlayerCash().subtract(before));
    }

    @Test
    void aLostConnectionPausesTheStrategyUntilTheGateReopensAndTheAccountStaysTheServers() throws Exception {
        server = new SimServer(SimConfig.defaults().withSpeed(20)).start();
        BigDecimal before = server.simulatedPlayerCash();
        Path json = dir.resolve("dropped.json");
        Path recordings = dir.resolve("rec");
        java.util.concurrent.CompletableFuture<Integer> bot = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> cli.run("bot", "--live", "--server", server.url(), "--strategy", "fixed-ticks",
                        "--param", "buyTick=2", "--param", "amount=0.05", "--param", "sellTick=8",
                        "--max-games", "8", "--idle-exit", "60", "--config-dir", dir.resolve("cfg").toString(),
                        "--json", json.toString(), "--out", recordings.toString()));
        // twice, while games are played: the feed reconnects itself, the gate reopens after the server's state
        for (int files : new int[] {2, 4}) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                    .until(() -> recordingCount(recordings) >= files || bot.isDone());
            server.disconnectAll();
        }
        assertThat(bot.get(5, java.util.concurrent.TimeUnit.MINUTES)).as(cli.err()).isZero();

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/summary/stoppedBy").asText()).isEqualTo("max-games");
        assertThat(new BigDecimal(report.at("/summary/netPnl").asText())).as(cli.out())
                .isEqualByComparingTo(server.simulatedPlayerCash().subtract(before));
        assertThat(verificationStatuses(recordings)).doesNotContainKey("DRIFT");
        assertThat(allRecords(recordings, "disconnected")).isGreaterThanOrEqualTo(1);
    }

    private static long recordingCount(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    private static int allRecords(Path folder, String type) throws Exception {
        int count = 0;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (RecordingReader.Other other : new RecordingReader().read(file).others()) {
                    count += other.type().equals(type) ? 1 : 0;
                }
            }
        }
        return count;
    }
}
