package io.rugdesk.bench;

import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * End-to-end: real captures replayed by a loopback Socket.IO server into {@link BenchClient} (the full client
 * pipeline with recording on). Three runs: the embedded simulator replaying both captures back to back,
 * round after round (a fresh simulator and client each round, since a replay plays once) until 50 MB went
 * through; the official Node.js Socket.IO server of ../shared/tools replaying capture A in a loop (the same
 * server the JS peer is measured on, so the two clients compare directly); and latency at the real cadence
 * (the simulator replaying capture A at speed 1 for 20 s).
 */
final class ThroughputBench {

    private static final long TARGET_CHARS = 50_000_000L;

    private ThroughputBench() {
    }

    static List<BenchRow> simulator() throws Exception {
        List<Path> captures = List.of(RealFrames.capture(RealFrames.CAPTURE_A), RealFrames.capture(RealFrames.CAPTURE_B));
        long frames = 0;
        long chars = 0;
        long activeNanos = 0;
        long missing = 0;
        long rejected = 0;
        int files = 0;
        LatencyHistogram latency = new LatencyHistogram();
        java.util.Map<Path, Integer> frameCounts = new java.util.HashMap<>();
        java.util.Map<Path, Long> captureChars = new java.util.HashMap<>();
        for (Path capture : captures) {
            var events = RealFrames.serverEvents(capture);
            frameCounts.put(capture, events.size());
            captureChars.put(capture, RealFrames.payloadBytes(events));
        }
        Path recordings = Files.createTempDirectory("rugdesk-bench-e2e");
        for (int round = 0; chars < TARGET_CHARS; round++) {
            Path capture = captures.get(round % captures.size());
            int expected = frameCounts.get(capture);
            try (SimServer sim = new SimServer(SimConfig.defaults().withReplay(capture, true)).start();
                 BenchClient client = new BenchClient(sim.url(), recordings, null).connect()) {
                await(() -> client.delivered() >= expected, 120);
                frames += client.delivered();
                chars += client.delivered() >= expected ? captureChars.get(capture) : 0;
                rejected += client.rejected.get();
                missing += Math.max(0, expected - client.delivered());
                activeNanos += client.lastDeliveryNanos - client.firstArrivalNanos;
                latency.addAll(client.latency);
            }
        }
        try (var listing = Files.list(recordings)) {
            files = (int) listing.count();
        }
        double seconds = activeNanos / 1e9;
        System.err.printf("simulator replay: %d frames, %.1f MB in %.2f s of replay, %d missing, %d rejected, %d "
                + "recordings%n", frames, chars / 1e6, seconds, missing, rejected, files);
        return List.of(
                new BenchRow("e2e embedded simulator → full pipeline", String.format("%.0f frames/s", frames / seconds),
                        String.format("%.1f MB/s; %d frames, %.1f MB, %d recordings, %d lost", chars / 1e6 / seconds,
                                frames, chars / 1e6, files, missing)),
                new BenchRow("e2e arrival → delivery under full load", String.format("p50 %.0f µs, p99 %.0f µs",
                        latency.percentileMicros(50), latency.percentileMicros(99)), "queueing while flooded"));
    }

    /** Our client against the official Node.js Socket.IO server replaying capture A {@code loops} times. */
    static List<BenchRow> officialServer(int loops) throws Exception {
        Path work = Path.of(System.getenv().getOrDefault("RUGDESK_CHECK_DIR",
                System.getProperty("java.io.tmpdir") + "/rugdesk-check"));
        // check.sh copies the Node peers beside their node_modules, where node resolves require('socket.io')
        if (!Files.isDirectory(work.resolve("node_modules/socket.io")) || !Files.isRegularFile(work.resolve("replay-server.js"))) {
            return List.of(new BenchRow("e2e official Node server → full pipeline", "skipped",
                    "run ../shared/tools/check.sh peer once (installs the Node server in " + work + ")"));
        }
        Process server = new ProcessBuilder("node", work.resolve("replay-server.js").toString(),
                RealFrames.capture(RealFrames.CAPTURE_A).toString(), "--port", "0", "--speed", "0",
                "--loops", String.valueOf(loops)).directory(work.toFile()).redirectErrorStream(true).start();
        try {
            String port = listeningPort(server);
            Path recordings = Files.createTempDirectory("rugdesk-bench-peer");
            long chars = RealFrames.payloadBytes(RealFrames.serverEvents(RealFrames.capture(RealFrames.CAPTURE_A))) * loops;
            try (BenchClient client = new BenchClient("http://127.0.0.1:" + port, recordings, "replayFinished")
                    .connect()) {
                await(() -> client.finished, 300);
                double seconds = (client.lastDeliveryNanos - client.firstArrivalNanos) / 1e9;
                long frames = client.delivered();
                double[] cpu = client.cpuMicrosPerFrame();
                return List.of(new BenchRow("e2e CPU per frame (EventThread / domain / process)",
                        String.format("%.0f / %.0f / %.0f µs", cpu[0], cpu[1], cpu[2]),
                        "CPU time, steadier than wall time on a shared machine"),
                        new BenchRow("e2e socket.io-client EventThreads started", String.valueOf(client.eventThreads),
                                "its executor ends whenever its queue runs empty"),
                        new BenchRow("e2e official Node server → full pipeline",
                        String.format("%.0f frames/s", frames / seconds), String.format(
                                "%.1f MB/s; %d frames, %.1f MB (capture A × %d); compare check.sh peer",
                                chars / 1e6 / seconds, frames, chars / 1e6, loops)));
            }
        } finally {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String listeningPort(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("listening ")) {
                return line.substring("listening ".length()).trim();
            }
        }
        throw new IOException("the Node replay server exited without listening");
    }

    /** Arrival → delivery at the real cadence: capture A replayed at speed 1 for {@code seconds}, warm JVM. */
    /** The hand-off floor's period: a little faster than the feed's ticks, for more samples in the same run. */
    private static final long FLOOR_PERIOD_MILLIS = 97;

    static List<BenchRow> realCadence(int seconds) throws Exception {
        Path recordings = Files.createTempDirectory("rugdesk-bench-latency");
        Path capture = RealFrames.capture(RealFrames.CAPTURE_A);
        int frames = RealFrames.serverEvents(capture).size();
        for (int warmUp = 0; warmUp < 3; warmUp++) {   // JIT-compile the pipeline first: a live client runs warm
            try (SimServer sim = new SimServer(SimConfig.defaults().withReplay(capture, true)).start();
                 BenchClient client = new BenchClient(sim.url(), recordings, null).connect()) {
                await(() -> client.delivered() >= frames, 120);
            }
        }
        try (SimServer sim = new SimServer(SimConfig.defaults()
                .withReplay(RealFrames.capture(RealFrames.CAPTURE_A), false)).start();
             HandOffFloor floor = new HandOffFloor().start(FLOOR_PERIOD_MILLIS);
             BenchClient client = new BenchClient(sim.url(), recordings, null).connect()) {
            Thread.sleep(seconds * 1000L);
            LatencyHistogram latency = client.latency;
            LatencyHistogram handOff = floor.latency;
            return List.of(new BenchRow("latency arrival → bus delivery, real cadence",
                    String.format("p50 %.0f µs, p99 %.0f µs", latency.percentileMicros(50),
                            latency.percentileMicros(99)),
                    String.format("%d frames in %d s, p99.9 %.0f µs, max %.0f µs; slowest: %s", latency.count(),
                            seconds, latency.percentileMicros(99.9), latency.percentileMicros(100),
                            String.join(", ", client.slowest()))),
                    new BenchRow("floor: one bare thread hand-off, same JVM, same time",
                            String.format("p50 %.0f µs, p99 %.0f µs", handOff.percentileMicros(50),
                                    handOff.percentileMicros(99)),
                            String.format("%d hand-offs, one every %d ms; p99.9 %.0f µs, max %.0f µs, over 1 ms: %d",
                                    handOff.count(), FLOOR_PERIOD_MILLIS, handOff.percentileMicros(99.9),
                                    handOff.percentileMicros(100), handOff.countOver(1_000_000))));
        }
    }

    static void await(BooleanSupplier done, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                System.err.println("gave up waiting after " + timeoutSeconds + " s");
                return;
            }
            Thread.sleep(5);
        }
    }

    static List<BenchRow> all() throws Exception {
        List<BenchRow> rows = new ArrayList<>(simulator());
        rows.addAll(officialServer(20));
        rows.addAll(realCadence(20));
        return rows;
    }
}
