package io.rugdesk.bench;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.recording.GameRecorder;
import io.rugdesk.recording.RecordingFailed;
import io.rugdesk.recording.RecordingFileWriter;
import io.rugdesk.recording.RecordingSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * What recording a tick costs the domain thread (issue 15): {@code ticks} TickObserved published on a direct
 * bus (the caller plays the domain thread), the recorder writing (a) on the domain thread itself, one write to
 * the OS per tick as before the writer thread, (b) through its queue to its own writer thread, and (c) with
 * the records dropped instead of written (the domain side alone: building and handing over). Prints
 * ns per tick on the domain side for each, best of {@code rounds}. A benchmark, never a test.
 * Run: {@code java -cp target/test-classes:target/rugdesk.jar io.rugdesk.bench.RecorderDomainCost [ticks] [rounds]}.
 */
public final class RecorderDomainCost {

    private RecorderDomainCost() {
    }

    public static void main(String[] args) throws Exception {
        int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long bestDirect = Long.MAX_VALUE;
        long bestQueued = Long.MAX_VALUE;
        long bestNoDisk = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            bestDirect = Math.min(bestDirect, run(ticks, Runnable::run));
            bestQueued = Math.min(bestQueued, run(ticks, null));
            bestNoDisk = Math.min(bestNoDisk, run(ticks, task -> { }));
        }
        System.out.printf("recording a tick on the domain thread: writes on the domain thread %.0f ns/tick, "
                + "through the writer queue %.0f ns/tick, records dropped instead of written %.0f ns/tick "
                + "(%d ticks, best of %d)%n", bestDirect / (double) ticks, bestQueued / (double) ticks,
                bestNoDisk / (double) ticks, ticks, rounds);
    }

    /** Domain-side nanoseconds to publish {@code ticks} ticks (closing, i.e. draining the writer, not counted). */
    private static long run(int ticks, Executor io) throws Exception {
        Path folder = Files.createTempDirectory("rugdesk-recorder-cost");
        EventBus bus = EventBus.direct(failure -> {
            throw new IllegalStateException("subscriber failed", failure.error());
        });
        bus.subscribe(RecordingFailed.class, failed -> {
            throw new IllegalStateException(failed.reason());
        });
        ManualTimer time = new ManualTimer();
        GameRecorder recorder = new GameRecorder(bus, new RecordingSettings(folder, true), null,
                new GameRecorder.Config("bench", "bench", Duration.ofSeconds(10), Duration.ZERO, ticks + 16),
                time, time.clock(), RecordingFileWriter.ChannelOpener.FILES, io);
        recorder.start();
        bus.publish(new GameStarted(new Stamp(0, 0), "bench", 0, false, "hash"));
        BigDecimal step = new BigDecimal("0.000123456789012345");
        BigDecimal price = BigDecimal.ONE;
        long start = System.nanoTime();
        for (int tick = 0; tick < ticks; tick++) {
            price = price.add(step);
            bus.publish(new TickObserved(new Stamp(tick + 1, tick), "bench", tick, price, Phase.ACTIVE));
        }
        long elapsed = System.nanoTime() - start;
        recorder.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
        return elapsed;
    }
}
