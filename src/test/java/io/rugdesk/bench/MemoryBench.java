package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.game.GameEnded;
import io.rugdesk.recording.RecordingFailed;
import io.rugdesk.recording.RecordingFinished;
import io.rugdesk.sim.SimConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Memory over many games: an embedded session (simulator, client, auto-record into a temporary folder) plays
 * {@code games} simulated games as fast as the client keeps up; every {@code every} games it forces a full GC
 * and notes the heap in use, the bus's subscriptions and the recordings written. Flat heap and a constant
 * subscription count mean bounded buffers and no listener leak. Heap includes the simulator (same JVM).
 * Thread: the caller's; counters are bumped on the domain thread.
 */
final class MemoryBench {

    /** One checkpoint. */
    record Sample(int games, long heapBytes, int subscriptions, long recordings, long recordingFailures) {
        double heapMegabytes() {
            return heapBytes / 1e6;
        }
    }

    /** Simulator speed: a tick every 0.25 ms, a cooldown in 15 ms: faster than the client decodes, so the client sets the pace. */
    static final double SPEED = 1000;

    private MemoryBench() {
    }

    static List<Sample> run(int games, int every, double speed, Path folder, IntConsumer progress)
            throws Exception {
        SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withSpeed(speed).withBots(4))
                .withConfigDir(folder.resolve("config")).withRecordingFolder(folder.resolve("recordings"))
                .withAutoRecord(true);
        List<Sample> samples = new ArrayList<>();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        try (ClientSession session = ClientSession.start(config)) {
            session.bus().subscribe(GameEnded.class, e -> ended.incrementAndGet());
            session.bus().subscribe(RecordingFinished.class, e -> recorded.incrementAndGet());
            session.bus().subscribe(RecordingFailed.class, e -> failures.incrementAndGet());
            for (int checkpoint = every; checkpoint <= games; checkpoint += every) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                while (ended.get() < checkpoint) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no progress: " + ended.get() + " games after 10 minutes");
                    }
                    Thread.sleep(50);
                }
                FrameFuzz.awaitDomain(session.domain());
                samples.add(new Sample(ended.get(), heapAfterFullGc(), session.bus().subscriptionCount(),
                        recorded.get(), failures.get()));
                progress.accept(ended.get());
            }
        }
        return samples;
    }

    /** Heap in use after a full GC, the least of three tries (frames in flight come and go between them). */
    static long heapAfterFullGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Thread.sleep(30);
        }
        return least;
    }

    static List<BenchRow> command(int games) throws Exception {
        Path folder = Files.createTempDirectory("rugdesk-bench-memory");
        long start = System.nanoTime();
        List<Sample> samples = run(games, Math.max(1, Math.min(500, games / 5)), SPEED, folder, n -> System.err.printf("%d games, %.0f s%n", n,
                (System.nanoTime() - start) / 1e9));
        List<BenchRow> rows = new ArrayList<>();
        for (Sample s : samples) {
            rows.add(new BenchRow("memory after " + s.games() + " games", String.format("%.1f MB heap after GC",
                    s.heapMegabytes()), s.subscriptions() + " subscriptions, " + s.recordings() + " recordings, "
                    + s.recordingFailures() + " recording failures"));
        }
        rows.add(new BenchRow("memory run", String.format("%.0f s", (System.nanoTime() - start) / 1e9),
                "simulator speed " + SPEED + ", auto-record into " + folder));
        return rows;
    }
}
