package io.rugdesk.app;

import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rugdesk serve}: runs the embedded rugs.fun-compatible server alone until killed and prints the port it
 * listens on. Thread: main thread starts the server, then waits; the server runs on its own threads.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the embedded rugs.fun-compatible game server (simulated games or a capture replay).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--speed", description = "Game clock speed factor (default ${DEFAULT-VALUE}).")
    double speed = 1.0;

    @Option(names = "--seed-file", description = "Server seeds to play in order, one per line (cycled).")
    Path seedFile;

    @Option(names = "--replay", description = "Replay this capture (fixtures format) instead of playing games.")
    Path replay;

    @Option(names = "--max", description = "Replay as fast as possible instead of at recorded timing.")
    boolean max;

    @Option(names = "--latency-ms", description = "Delay before ACKs and order playerUpdates.")
    long latencyMs;

    @Option(names = "--jitter-ms", description = "Random extra delay, 0..N ms.")
    long jitterMs;

    @Option(names = "--drop-rate", description = "Share of gameStateUpdates to drop, 0..<1.")
    double dropRate;

    @Option(names = "--drift-fee-bps", description = "Fee on sells in basis points (server drifts from the rules).")
    int driftFeeBps;

    @Option(names = "--player-id", description = "Id of the simulated player a client logs in as (default ${DEFAULT-VALUE}).")
    String playerId = SimConfig.DEFAULT_PLAYER_ID;

    @Option(names = "--username", description = "Name of the simulated player (default ${DEFAULT-VALUE}).")
    String username = "SimTrader";

    @Option(names = "--cash", description = "The simulated player's starting cash in SOL (default ${DEFAULT-VALUE}).")
    BigDecimal cash = BigDecimal.TEN;

    /** The simulator settings these options describe; reads the seed file. */
    SimConfig config() throws IOException {
        List<String> seeds = seedFile == null ? List.of() : Files.readAllLines(seedFile, StandardCharsets.UTF_8)
                .stream().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        return SimConfig.defaults().withHost(host).withPort(port).withSpeed(speed)
                .withSeeds(seeds, System.nanoTime()).withFaults(latencyMs, jitterMs, dropRate, driftFeeBps)
                .withPlayer(playerId, username, cash).withReplay(replay, max);
    }

    @Override
    public Integer call() throws Exception {
        SimServer server;
        try {
            server = new SimServer(config());
        } catch (IOException | IllegalArgumentException bad) {
            System.err.println("serve: bad settings: " + bad);
            return 2;
        }
        try {
            server.start();
        } catch (Exception bad) {   // Jetty reports a taken port or a bad host as a plain Exception
            server.close();
            System.err.println("serve: cannot start: " + bad);
            return 2;
        }
        System.out.println("listening on " + server.url() + " port " + server.port());
        System.out.flush();
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rugdesk-serve-shutdown"));
        forever.await();
        return 0;
    }
}
