package io.rugdesk.app.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Three recordings written line by line in the documented format (docs/recording-format.md), with the player's
 * own orders and sidebets, whose P&amp;L the tests work out by hand. g1 and g2 are one session on day 1, g3 a
 * second session on day 3.
 */
public final class HistoryFiles {

    /** 2026-11-25T10:00:00Z. */
    public static final long DAY1 = java.time.Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();

    private HistoryFiles() {
    }

    /** Writes g1, g2 and g3 into {@code folder} (created). */
    public static void writeThreeGames(Path folder) throws IOException {
        Files.createDirectories(folder);
        // g1: buy 0.1 at 1.25, sidebet 0.01, sell 50 % at 2, rug at 5 (0.02), own sidebet pays 0.05
        Game g1 = new Game("g1", DAY1);
        g1.tick(0, "1").tick(1, "1.25")
                .line("orderSubmitted", "\"orderId\":\"o1\",\"kind\":\"BUY\",\"amount\":\"0.1\",\"tick\":1")
                .line("orderSeen", "\"orderId\":\"o1\",\"executionPrice\":\"1.25\"")
                .line("orderConfirmed", "\"orderId\":\"o1\",\"kind\":\"BUY\",\"executionPrice\":\"1.25\"")
                .tick(2, "1.1")
                .line("orderSubmitted", "\"orderId\":\"o3\",\"kind\":\"SIDEBET\",\"amount\":\"0.01\",\"tick\":2")
                .line("orderConfirmed", "\"orderId\":\"o3\",\"kind\":\"SIDEBET\",\"executionPrice\":\"1.1\"")
                .tick(3, "2")
                .line("orderSubmitted", "\"orderId\":\"o2\",\"kind\":\"SELL\",\"percentage\":50,\"tick\":3")
                .line("orderConfirmed", "\"orderId\":\"o2\",\"kind\":\"SELL\",\"executionPrice\":\"2\"")
                .tick(4, "1.5").tick(5, "0.02")
                .line("gameEnded", "\"reason\":\"RUGGED\",\"rugTick\":5,\"rugPrice\":\"0.02\"")
                .line("sidebetResult", "\"playerId\":\"p2\",\"gameId\":\"g1\",\"betAmount\":\"0.02\","
                        + "\"payout\":\"0.1\",\"tickIndex\":5,\"price\":\"0.02\"")
                .line("sidebetResult", "\"playerId\":\"p1\",\"gameId\":\"g1\",\"betAmount\":\"0.01\","
                        + "\"payout\":\"0.05\",\"tickIndex\":5,\"price\":\"0.02\"")
                .write(folder, 5, "0.02");
        // g2 a minute later: buy 0.05 at 1 (only seen in a state update: its confirmation was not recorded),
        // sidebet 0.01 lost, rug at 3 (0.01)
        Game g2 = new Game("g2", DAY1 + 60_000);
        g2.tick(0, "1").tick(1, "1")
                .line("orderSubmitted", "\"orderId\":\"o4\",\"kind\":\"BUY\",\"amount\":\"0.05\",\"tick\":1")
                .line("orderSeen", "\"orderId\":\"o4\",\"executionPrice\":\"1\"")
                .line("orderSubmitted", "\"orderId\":\"o5\",\"kind\":\"SIDEBET\",\"amount\":\"0.01\",\"tick\":1")
                .line("orderConfirmed", "\"orderId\":\"o5\",\"kind\":\"SIDEBET\",\"executionPrice\":\"1\"")
                .tick(2, "1.2")
                .line("sidebetResult", "\"playerId\":\"p1\",\"gameId\":\"g2\",\"betAmount\":\"0.01\","
                        + "\"payout\":\"0\",\"tickIndex\":1,\"price\":\"1\"")
                .tick(3, "0.01")
                .line("gameEnded", "\"reason\":\"RUGGED\",\"rugTick\":3,\"rugPrice\":\"0.01\"")
                .write(folder, 3, "0.01");
        // g3 two days later: watched only, rug at 10
        Game g3 = new Game("g3", DAY1 + 2 * 86_400_000L);
        for (int tick = 0; tick <= 10; tick++) {
            g3.tick(tick, "1");
        }
        g3.line("gameEnded", "\"reason\":\"RUGGED\",\"rugTick\":10,\"rugPrice\":\"0.5\"").write(folder, 10, "0.5");
    }

    /**
     * Writes a bot run's report as {@code bot --json} writes it (the backtest's contract, docs/backtesting.md) into
     * {@code folder/reports/bot-fixed-ticks.json}: two paper games, +0.012 and −0.004, net +0.008.
     */
    public static Path writeBotReport(Path folder) throws IOException {
        Path reports = Files.createDirectories(folder.resolve("reports"));
        String game = "{\"gameId\":\"%s\",\"source\":\"ws://127.0.0.1:1\",\"firstTick\":0,\"joinedMidGame\":false,"
                + "\"rugTick\":%d,\"rugPrice\":\"0.01\",\"pnl\":\"%s\",\"endBalance\":\"%s\",\"fills\":%d,"
                + "\"sidebets\":0,\"sidebetsWon\":0,\"refused\":0,\"ticksHeld\":5,\"lateTicks\":0,\"failed\":null}";
        String report = "{\"strategy\":\"fixed-ticks\",\"params\":{\"amount\":\"0.01\"},"
                + "\"sources\":[{\"source\":\"ws://127.0.0.1:1\",\"kind\":\"paper\",\"games\":2,\"skipped\":0}],"
                + "\"settings\":{\"startBalance\":\"1\",\"latencyTicks\":0,\"seed\":0,\"parallel\":false},"
                + "\"games\":[" + String.format(game, "p1", 40, "0.012", "1.012", 2) + ","
                + String.format(game, "p2", 12, "-0.004", "1.008", 1) + "],"
                + "\"summary\":{\"games\":2,\"gamesTraded\":2,\"gamesFailed\":0,\"fills\":3,\"netPnl\":\"0.008\","
                + "\"startBalance\":\"1\",\"endBalance\":\"1.008\",\"returnPct\":0.8,\"winRate\":0.5,"
                + "\"stoppedBy\":\"max-games\"}}";
        Path file = reports.resolve("bot-fixed-ticks.json");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        return file;
    }

    static final class Game {
        private final String id;
        private final long start;
        private final List<String> lines = new ArrayList<>();
        private int seq;
        private int ticks;

        Game(String id, long start) {
            this.id = id;
            this.start = start;
            lines.add("{\"type\":\"header\",\"t\":" + start + ",\"schema\":2,\"gameId\":\"" + id
                    + "\",\"joinedMidGame\":false,\"player\":{\"id\":\"p1\",\"username\":\"me\"},\"server\":\"x\","
                    + "\"client\":\"rugdesk\",\"settings\":{},\"serverSeedHash\":null}");
        }

        Game tick(int tick, String price) {
            ticks++;
            return line("tick", "\"tick\":" + tick + ",\"price\":\"" + price
                    + "\",\"phase\":\"ACTIVE\",\"late\":false");
        }

        Game line(String type, String fields) {
            seq++;
            lines.add("{\"type\":\"" + type + "\",\"t\":" + (start + 100L * seq) + ",\"seq\":" + seq + ","
                    + fields + "}");
            return this;
        }

        void write(Path folder, int rugTick, String rugPrice) throws IOException {
            lines.add("{\"type\":\"footer\",\"t\":" + (start + 100L * seq + 100) + ",\"gameId\":\"" + id
                    + "\",\"outcome\":\"rugged\",\"ticks\":" + ticks + ",\"lateTicks\":0,\"rugTick\":" + rugTick
                    + ",\"rugPrice\":\"" + rugPrice + "\",\"serverSeed\":null,\"fair\":null,\"summary\":{}}");
            String name = java.time.Instant.ofEpochMilli(start).toString().replace(':', '-') + "_" + id + ".jsonl";
            Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
    }
}
