package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.sim.SimConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} turns its flags into the simulator's settings and refuses bad input with a message. */
class ServeCommandTest {

    @Test
    void flagsBecomeTheSimulatorSettings(@TempDir Path dir) throws Exception {
        Path seeds = dir.resolve("seeds.txt");
        Files.write(seeds, List.of("# two seeds", "aa", "", "bb"));
        CommandLine line = Main.commandLine();
        CommandLine.ParseResult parsed = line.parseArgs("serve", "--port", "0", "--speed", "50", "--seed-file",
                seeds.toString(), "--latency-ms", "120", "--jitter-ms", "30", "--drop-rate", "0.1",
                "--drift-fee-bps", "25", "--player-id", "did:privy:abc", "--username", "Me", "--cash", "3.5");
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        SimConfig config = serve.config();
        assertThat(config.seeds()).containsExactly("aa", "bb");
        assertThat(config.speed()).isEqualTo(50);
        assertThat(config.latencyMs()).isEqualTo(120);
        assertThat(config.jitterMs()).isEqualTo(30);
        assertThat(config.dropRate()).isEqualTo(0.1);
        assertThat(config.driftFeeBps()).isEqualTo(25);
        assertThat(config.playerId()).isEqualTo("did:privy:abc");
        assertThat(config.startingCash()).isEqualByComparingTo("3.5");
        assertThat(config.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void anOptionGivenTwiceTakesTheLastValueSoScriptsCanBeOverridden() throws Exception {
        // scripts/edt-stall.sh passes its defaults first and the caller's options after them
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("serve", "--speed", "20", "--speed", "50");
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(serve.config().speed()).isEqualTo(50);
    }

    @Test
    void aMissingReplayFileOrBadSpeedIsAClearRefusal(@TempDir Path dir) {
        CommandLine line = Main.commandLine();
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            assertThat(line.execute("serve", "--replay", dir.resolve("absent.jsonl").toString())).isEqualTo(2);
            assertThat(line.execute("serve", "--speed", "-1")).isEqualTo(2);
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString()).contains("absent.jsonl").contains("speed must be > 0");
    }
}
