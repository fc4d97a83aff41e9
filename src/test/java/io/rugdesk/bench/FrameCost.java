package io.rugdesk.bench;

import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.recording.GameRecorder;
import io.rugdesk.recording.RecordingFileWriter;
import io.rugdesk.recording.RecordingSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where one frame's arrival → delivery time goes without any thread hand-off or waiting for a CPU (issue 15):
 * every server event of capture A, decoded by the codec and delivered on a bus whose domain thread is the
 * caller ({@link DomainPipeline} with the recorder writing through its writer thread), thread CPU time of each
 * part per frame, the capture replayed {@code rounds} times in one JVM (the last round counts: warm). Prints
 * the frames that cost most. A benchmark, never a test.
 * Run: {@code java -cp target/test-classes:target/rugdesk.jar io.rugdesk.bench.FrameCost [rounds]}.
 */
public final class FrameCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Cost(CaptureRecord frame, long decodeNanos, long deliverNanos) { }

    private FrameCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<CaptureRecord> frames = RealFrames.serverEvents(RealFrames.capture(RealFrames.CAPTURE_A));
        List<Cost> costs = List.of();
        for (int round = 0; round < rounds; round++) {
            costs = round(frames);
        }
        List<Cost> sorted = new ArrayList<>(costs);
        sorted.sort(Comparator.comparingLong(c -> -(c.decodeNanos() + c.deliverNanos())));
        long decodeAll = costs.stream().mapToLong(Cost::decodeNanos).sum();
        long deliverAll = costs.stream().mapToLong(Cost::deliverNanos).sum();
        System.out.printf("%d frames, thread CPU per frame: decode %.1f µs, domain delivery %.1f µs (mean)%n",
                costs.size(), decodeAll / 1e3 / costs.size(), deliverAll / 1e3 / costs.size());
        for (Cost c : sorted.subList(0, Math.min(8, sorted.size()))) {
            System.out.printf("seq %d %s (%,d chars): decode %.0f µs, domain delivery %.0f µs%n", c.frame().seq(),
                    c.frame().eventName(), c.frame().argumentsJson().length(), c.decodeNanos() / 1e3,
                    c.deliverNanos() / 1e3);
        }
    }

    private static List<Cost> round(List<CaptureRecord> frames) throws Exception {
        Path recordings = Files.createTempDirectory("rugdesk-frame-cost");
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        DomainPipeline pipeline = new DomainPipeline(new CallerRuns());
        GameRecorder recorder = new GameRecorder(pipeline.bus, new RecordingSettings(recordings, true), null,
                GameRecorder.Config.defaults("bench", "rugdesk-bench"), DomainTimer.on(timers, pipeline.domain),
                Clock.systemUTC(), RecordingFileWriter.ChannelOpener.FILES);
        if (!Boolean.getBoolean("frameCost.noRecorder")) {
            recorder.start();
        }
        WireCodec codec = new WireCodec();
        List<Cost> costs = new ArrayList<>(frames.size());
        long seq = 0;
        for (CaptureRecord frame : frames) {
            long start = THREADS.getCurrentThreadCpuTime();
            FeedEvent event = codec.decode(frame.eventName(), frame.argumentsJson(),
                    new Stamp(++seq, frame.receivedAtMillis()));
            long decoded = THREADS.getCurrentThreadCpuTime();
            pipeline.bus.publish(event);
            long delivered = THREADS.getCurrentThreadCpuTime();
            costs.add(new Cost(frame, decoded - start, delivered - decoded));
        }
        recorder.close();
        timers.shutdownNow();
        pipeline.close();
        return costs;
    }

    /** An executor service that runs each task on the caller's thread: the caller plays the domain thread. */
    private static final class CallerRuns extends java.util.concurrent.AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
            return true;
        }
    }
}
