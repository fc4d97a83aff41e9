package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FairnessCommandTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void allRevealedFixtureGamesPass() {
        int exit = run("fairness", Fixtures.revealedGames().toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(outLines()).hasSize(25).last().isEqualTo("24 games: 24 OK, 0 FAIL");
        assertThat(outLines().subList(0, 24)).allMatch(line -> line.matches("\\d{8}-[0-9a-f]{16} OK"));
    }

    @Test
    void oneAlteredPriceFailsNamingItsTick() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.revealedGames()));
        ObjectNode game = (ObjectNode) JSON.readTree(lines.get(3));
        ArrayNode prices = (ArrayNode) game.get("prices");
        prices.set(5, prices.get(5).decimalValue().add(new BigDecimal("0.000001")));
        lines.set(3, JSON.writeValueAsString(game));
        Path altered = Files.write(temp.resolve("altered.jsonl"), lines);

        int exit = run("fairness", altered.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(outLines()).contains("24 games: 23 OK, 1 FAIL");
        assertThat(outLines()).filteredOn(line -> line.contains("FAIL "))
                .singleElement().asString()
                .startsWith(game.get("id").asText() + " FAIL revealed price at tick 5 differs: expected ");
    }

    @Test
    void captureFileRevealsArePassed() {
        int exit = run("fairness", Fixtures.capture1212().toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(outLines()).last().isEqualTo("12 games: 12 OK, 0 FAIL");
        assertThat(outLines()).contains("20251212-6114b2ff44ef4b71 OK").doesNotHaveDuplicates();
    }

    @Test
    void feb2026KeySamplesAreCheckedByHashAndPeak() {
        int exit = run("fairness", Fixtures.keySamples().toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(outLines()).last().isEqualTo("10 games: 10 OK, 0 FAIL");
        assertThat(outLines().subList(0, 10)).allMatch(line -> line.endsWith("OK (hash ok, peak ok, no prices revealed"
                + " or seen: hash and peak only)"));
    }

    @Test
    void gamesWithoutPricesCheckTheHashOnlyAndSaySo() throws IOException {
        String line = "{\"id\":\"20260206-003482fbeaae4ad5\",\"prices\":[],\"provablyFair\":{\"serverSeed\":\"abc\","
                + "\"serverSeedHash\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"}}";
        Path file = Files.writeString(temp.resolve("feb.jsonl"), line + "\n");

        assertThat(run("fairness", file.toString())).isZero();
        assertThat(outLines().get(0)).startsWith("20260206-003482fbeaae4ad5 OK (").contains("hash only");
    }

    @Test
    void unparseableFileExitsWithTwoAndAClearMessage() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.jsonl"), "{\"id\":\"x\",\"prices\":[1,\n");

        assertThat(run("fairness", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 1 is not JSON");
    }

    @Test
    void missingFileExitsWithTwo() {
        assertThat(run("fairness", temp.resolve("absent.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read");
    }
}
