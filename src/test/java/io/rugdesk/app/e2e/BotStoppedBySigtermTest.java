package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.app.Main;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rugdesk bot} (a real child JVM against its embedded simulator) stopped by SIGTERM while it holds a
 * position: it stops the strategy, sells the position, writes the report and exits — on paper and live.
 */
class BotStoppedBySigtermTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void paperSigtermSellsWritesTheReportAndExits() throws Exception {
        JsonNode report = runUntilHoldingThenSigterm("--paper", "--balance", "10");
        JsonNode last = lastGame(report);
        assertThat(last.get("failed").asText()).startsWith("stopped before the rug");
        assertThat(last.get("fills").asInt()).as("the strategy's buy and the emergency stop's sell").isEqualTo(2);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode game : report.get("games")) {
            sum = sum.add(new BigDecimal(game.get("pnl").asText()));
        }
        assertThat(new BigDecimal(report.at("/summary/endBalance").asText()))
                .isEqualByComparingTo(BigDecimal.TEN.add(sum));
    }

    @Test
    @Timeout(240)
    void liveSigtermSellsThroughTheServerWritesTheReportAndExits() throws Exception {
        JsonNode report = runUntilHoldingThenSigterm("--live");
        JsonNode last = lastGame(report);
        assertThat(last.get("failed").asText()).startsWith("stopped before the rug");
        assertThat(last.get("fills").asInt()).as("the strategy's buy and the emergency stop's sell").isEqualTo(2);
        List<String> csv = Files.readAllLines(dir.resolve("bot.csv"));
        assertThat(csv).anySatisfy(row -> assertThat(row).contains(",SELL,").contains("emergency stop"));
    }

    private JsonNode runUntilHoldingThenSigterm(String... mode) throws Exception {
        Path out = dir.resolve("rec");
        Path json = dir.resolve("bot.json");
        Path stderr = dir.resolve("stderr.txt");
        Path stdout = dir.resolve("stdout.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bot", "--strategy", "fixed-ticks", "--param", "buyTick=1", "--param",
                "amount=0.1", "--param", "sellTick=100000", "--speed", "2", "--out", out.toString(),
                "--json", json.toString(), "--csv", dir.resolve("bot.csv").toString(),
                "--config-dir", dir.resolve("cfg").toString()));
        command.addAll(List.of(mode));
        Process child = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            // a strategyFill BUY in the game being recorded: the bot holds a position now
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100))
                    .until(() -> holding(out) || !child.isAlive());
            assertThat(child.isAlive()).as("running (stderr: %s)", read(stderr)).isTrue();
            child.destroy(); // SIGTERM on Linux: the shutdown hook runs
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // the JVM's own status after a SIGTERM is 143 once the hooks ran
            assertThat(child.exitValue()).as(read(stderr)).isIn(0, 143);
        } finally {
            child.destroyForcibly();
        }
        assertThat(read(stderr)).doesNotContain("Exception in thread");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/summary/stoppedBy").asText()).isEqualTo("signal");
        return report;
    }

    private static JsonNode lastGame(JsonNode report) {
        JsonNode games = report.get("games");
        assertThat(games.size()).isPositive();
        return games.get(games.size() - 1);
    }

    private static boolean holding(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".jsonl.partial")).toList()) {
                String text = read(file);
                if (text.contains("\"type\":\"strategyFill\"") && text.contains("\"kind\":\"BUY\"")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
