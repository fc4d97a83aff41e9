package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code rugdesk bot} in-process against the embedded simulator over a real loopback socket: the paper run's JSON
 * keeps the backtest's contract (end balance = start + Σ per-game P&amp;L, summed here independently), the paper
 * balance is kept for the next run, and bad input (a --live without a token against a server elsewhere among it)
 * exits 2 before any session starts.
 */
class BotCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void aPaperRunOnTheEmbeddedSimulatorWritesTheBacktestContract() throws Exception {
        Path json = dir.resolve("bot.json");
        int exit = run("bot", "--strategy", "fixed-ticks", "--param", "buyTick=1", "--param", "amount=0.1",
                "--param", "sellTick=3", "--param", "sidebetTick=1", "--param", "sidebetAmount=0.01",
                "--paper", "--balance", "5", "--max-games", "2", "--speed", "20", "--idle-exit", "60",
                "--config-dir", dir.resolve("cfg").toString(), "--json", json.toString());
        assertThat(exit).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode games = report.get("games");
        assertThat(games.size()).isEqualTo(2);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode game : games) {
            sum = sum.add(new BigDecimal(game.get("pnl").asText()));
            assertThat(game.get("sidebets").asInt()).isEqualTo(1);
        }
        JsonNode summary = report.get("summary");
        assertThat(new BigDecimal(summary.get("startBalance").asText())).isEqualByComparingTo("5");
        assertThat(new BigDecimal(summary.get("endBalance").asText()))
                .isEqualByComparingTo(new BigDecimal("5").add(sum));
        assertThat(summary.get("stoppedBy").asText()).isEqualTo("max-games");
        assertThat(Files.readString(dir.resolve("cfg").resolve(PaperAccountFile.FILE)))
                .contains("paper.balance=" + new BigDecimal("5").add(sum).stripTrailingZeros().toPlainString());
    }

    @Test
    void badInputExitsTwoAndNamesIt() {
        assertThat(run("bot", "--strategy", "nope", "--config-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope");
        assertThat(run("bot", "--strategy", "noop", "--live", "--paper", "--config-dir", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--live and --paper");
        assertThat(run("bot", "--strategy", "noop", "--live", "--balance", "5", "--config-dir", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--balance is for --paper");
        // a server elsewhere is a real account: no run without a token, and nothing is connected to
        assertThat(run("bot", "--strategy", "noop", "--live", "--server", "https://rugs.example.invalid",
                "--config-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("needs a token");
        assertThat(out.toString()).doesNotContain("LIVE bot");
        assertThat(run("bot", "--strategy", "noop", "--max-buy", "-1", "--config-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("max-buy");
    }
}
