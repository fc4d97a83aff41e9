package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.ParameterSpec;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.StrategyFactory;
import io.rugdesk.strategy.StrategyParameters;
import io.rugdesk.testing.Fixtures;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --strategy-jar}: a jar's declared factory is found by name; a strategy that throws fails its games only. */
class StrategyJarTest {

    /** Declared by the jar the test writes; throws on tick 20 of every game after buying at tick 10. */
    public static final class Brittle implements StrategyFactory {
        @Override
        public String name() {
            return "brittle";
        }

        @Override
        public String description() {
            return "buys, then throws";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.sol("amount", "0.05", "SOL to buy"));
        }

        @Override
        public Strategy create(StrategyParameters p, Random random) {
            return view -> {
                if (view.tick() == 20) {
                    throw new ArithmeticException("my indicator divided by zero");
                }
                return view.tick() == 10 ? List.of(Intent.buy(p.decimal("amount"), "tick 10")) : List.of();
            };
        }
    }

    @TempDir
    Path dir;

    @Test
    void aJarStrategyRunsAndItsFailuresAreCountedNotFatal() throws Exception {
        Path jar = dir.resolve("brittle.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.rugdesk.strategy.StrategyFactory"));
            out.write((Brittle.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path json = dir.resolve("r.json");
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));

        assertThat(command.execute("backtest", "--strategy", "brittle", "--param", "amount=0.02",
                Fixtures.revealedGames().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown strategy 'brittle'");   // not known without the jar

        command = Main.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));
        int code = command.execute("backtest", "--strategy-jar", jar.toString(), "--strategy", "brittle",
                "--param", "amount=0.02", Fixtures.revealedGames().toString(), "--json", json.toString());
        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        int rugsAfterTwenty = 0;
        for (JsonNode game : report.path("games")) {
            if (game.path("rugTick").asInt() > 20) {
                rugsAfterTwenty++;
                assertThat(game.path("failed").asText()).isEqualTo("ArithmeticException: my indicator divided by zero");
                assertThat(game.path("fills").asInt()).isEqualTo(2);   // the buy and the rug's liquidation
            }
        }
        assertThat(rugsAfterTwenty).isPositive();
        assertThat(report.path("summary").path("gamesFailed").asInt()).isEqualTo(rugsAfterTwenty);
    }
}
