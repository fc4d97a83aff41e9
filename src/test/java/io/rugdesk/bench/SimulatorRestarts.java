package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.feed.Connected;
import io.rugdesk.feed.ReconnectScheduled;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.TickObserved;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault: the embedded simulator stops listening (every client dropped) and starts again on the same port, at a
 * random moment of a game, {@code restarts} times. After each restart the client must reconnect (capped
 * backoff) and see ticks again (the connect snapshot resyncs it). At the end: no game started or ended twice,
 * every recording valid with a footer. Thread: the caller's; counters are bumped on the domain thread.
 */
final class SimulatorRestarts {

    /** The outcome of a run. */
    record Report(int restarts, int reconnected, long longestBackoffMs, int duplicateStarts, int duplicateEnds,
                  int gamesStarted, RecordingAudit recordings, List<String> failures) {
        boolean survived() {
            return reconnected == restarts && duplicateStarts == 0 && duplicateEnds == 0
                    && recordings.problems().isEmpty() && failures.isEmpty();
        }
    }

    private SimulatorRestarts() {
    }

    static Report run(int restarts, long seed, Path folder) throws Exception {
        Random random = new Random(seed);
        SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withSpeed(20).withBots(2))
                .withConfigDir(folder.resolve("config")).withRecordingFolder(folder.resolve("recordings"))
                .withAutoRecord(true);
        Map<String, AtomicInteger> starts = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> ends = new ConcurrentHashMap<>();
        AtomicInteger connections = new AtomicInteger();
        AtomicLong ticks = new AtomicLong();
        AtomicLong longestBackoff = new AtomicLong();
        List<String> failures = new ArrayList<>();
        int reconnected = 0;
        try (ClientSession session = ClientSession.start(config)) {
            session.bus().subscribe(GameStarted.class, e -> starts.computeIfAbsent(e.gameId(), k -> new AtomicInteger())
                    .incrementAndGet());
            session.bus().subscribe(GameEnded.class, e -> ends.computeIfAbsent(e.gameId(), k -> new AtomicInteger())
                    .incrementAndGet());
            session.bus().subscribe(Connected.class, e -> connections.incrementAndGet());
            session.bus().subscribe(TickObserved.class, e -> ticks.incrementAndGet());
            session.bus().subscribe(ReconnectScheduled.class, e -> longestBackoff.accumulateAndGet(e.delayMs(), Math::max));
            SimServer sim = session.embeddedSimulator().orElseThrow();
            if (!waitFor(() -> connections.get() >= 1 && ticks.get() > 0, 30)) {
                failures.add("never connected");
            }
            for (int i = 1; i <= restarts; i++) {
                Thread.sleep(200 + random.nextInt(2_500));   // a random moment of a game (speed 20: cooldown 0.75 s, a tick every 12.5 ms)
                int connectionsBefore = connections.get();
                long t0 = System.nanoTime();
                sim.stop();
                long t1 = System.nanoTime();
                Thread.sleep(random.nextInt(1_500));
                sim.start();
                long t2 = System.nanoTime();
                long ticksBefore = ticks.get();
                if (waitFor(() -> connections.get() > connectionsBefore && ticks.get() > ticksBefore, 40)) {
                    reconnected++;
                    System.err.printf("restart %d: stop %d ms, start %d ms, back with ticks %d ms%n", i,
                            (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
                } else {
                    failures.add("restart " + i + ": no reconnect with ticks within 40 s");
                }
            }
        }
        int duplicateStarts = (int) starts.values().stream().filter(n -> n.get() > 1).count();
        int duplicateEnds = (int) ends.values().stream().filter(n -> n.get() > 1).count();
        return new Report(restarts, reconnected, longestBackoff.get(), duplicateStarts, duplicateEnds, starts.size(),
                RecordingAudit.of(folder.resolve("recordings")), failures);
    }

    static boolean waitFor(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
