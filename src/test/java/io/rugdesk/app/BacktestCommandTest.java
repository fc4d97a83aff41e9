package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BacktestCommandTest {

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
    void badInputIsNamedAndExitsTwoBeforeAnyGameRuns() {
        String revealed = Fixtures.revealedGames().toString();
        assertThat(run("backtest", "--strategy", "martingale", revealed)).isEqualTo(2);
        assertThat(err.toString()).contains("unknown strategy 'martingale' (known: fixed-ticks,");
        assertThat(run("backtest", "--strategy", "fixed-ticks", "--param", "buyTicks=3", revealed)).isEqualTo(2);
        assertThat(err.toString()).contains("strategy fixed-ticks has no parameter 'buyTicks'");
        assertThat(run("backtest", "--strategy", "fixed-ticks", "--param", "amount=lots", revealed)).isEqualTo(2);
        assertThat(err.toString()).contains("parameter amount must be a positive amount of SOL");
        assertThat(run("backtest", "--strategy", "fixed-ticks", "--param", "sellPercent=0", revealed)).isEqualTo(2);
        assertThat(err.toString()).contains("parameter sellPercent must be a whole percent from 1 to 100, not '0'");
        assertThat(run("backtest", "--strategy", "fixed-ticks", "--param", "sellPercent=150", revealed))
                .isEqualTo(2);
        assertThat(run("backtest", "--strategy", "fixed-ticks", "--param", "amount", revealed)).isEqualTo(2);
        assertThat(err.toString()).contains("--param must be KEY=VALUE, not 'amount'");
        assertThat(run("backtest", "--strategy", "noop", "--generate", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("--generate needs --seed");
        assertThat(run("backtest", "--strategy", "noop", "--balance", "ten", revealed)).isEqualTo(2);
        assertThat(run("backtest", "--strategy", "noop", "--balance", "-1", revealed)).isEqualTo(2);
        assertThat(err.toString()).contains("balance must be a positive amount of SOL");
        assertThat(out.toString()).isEmpty();   // no game ran, no table printed
    }

    @Test
    void aCorruptSourceIsSkippedAndListedAndTheOthersRun() throws Exception {
        Path corrupt = dir.resolve("corrupt.jsonl");
        Files.writeString(corrupt, "{\"id\":\"x\",\"prices\":[1,1.1,0.01]}\nthis is not json\n");
        Path missing = dir.resolve("missing.jsonl");
        Path json = dir.resolve("report.json");
        Path csv = dir.resolve("fills.csv");
        int code = run("backtest", "--strategy", "fixed-ticks", corrupt.toString(), missing.toString(),
                Fixtures.revealedGames().toString(), "--json", json.toString(), "--csv", csv.toString());

        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("games")).hasSize(24);
        JsonNode sources = report.path("sources");
        assertThat(sources.get(0).path("skipped").asText()).isEqualTo("line 2 is not JSON: Unrecognized token"
                + " 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(sources.get(1).path("skipped").asText()).startsWith("cannot read");
        assertThat(sources.get(2).path("games").asInt()).isEqualTo(24);
        assertThat(out.toString()).contains("skipped " + corrupt);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("game,gameId,decidedTick,tick,kind,price,qty,amount,balanceAfter,reason,"
                + "expectedPrice,slippage");
        assertThat(rows).hasSize(1 + report.path("summary").path("fills").asInt());   // no sidebets here
    }

    @Test
    void generatedGamesCarryTheirSeedAndItsHash() throws Exception {
        Path json = dir.resolve("gen.json");
        assertThat(run("backtest", "--strategy", "noop", "--generate", "3", "--seed", "42", "--json",
                json.toString())).isZero();
        JsonNode game = new ObjectMapper().readTree(json.toFile()).path("games").get(1);
        assertThat(game.path("gameId").asText()).isEqualTo("gen-42-1");
        String seed = game.path("serverSeed").asText();
        assertThat(seed).hasSize(64);
        assertThat(game.path("serverSeedHash").asText())
                .isEqualTo(io.rugdesk.game.fair.SeedHash.sha256Hex(seed));
        assertThat(seed).isEqualTo(io.rugdesk.game.fair.SeedHash.sha256Hex("rugdesk-backtest:42:1"));
    }
}
