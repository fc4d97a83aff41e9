package io.rugdesk.bench;

import io.rugdesk.event.DaemonThreads;
import io.rugdesk.event.DomainThread;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.FeedOptions;
import io.rugdesk.feed.FrameDecoder;
import io.rugdesk.feed.FrameIngress;
import io.rugdesk.feed.WebSocketFeed;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.UnknownEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.recording.RecordingFileWriter;
import io.rugdesk.recording.GameRecorder;
import io.rugdesk.recording.RecordingSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The client pipeline as a measuring rig: WebSocketFeed → FrameIngress (the real codec, with the arrival time
 * of each frame noted in nanoseconds as the EventThread hands it over) → bus on the domain thread → lifecycle,
 * account, trading, verifier, fairness ({@link DomainPipeline}) → GameRecorder with auto-record writing files.
 * A probe subscribed last measures arrival → delivery of every feed event. ClientSession wires the same parts;
 * this rig exists because the measurement needs a hook inside the ingress.
 * Thread: built and closed on the caller's thread; the probe runs on the domain thread.
 */
final class BenchClient implements AutoCloseable {

    private static final int SLOTS = 1 << 16;

    private final DomainPipeline pipeline = new DomainPipeline(DomainThread.start(), this::takenUp);
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, DaemonThreads.named("bench-timers"));
    private final AtomicLongArray arrivalNanos = new AtomicLongArray(SLOTS);
    /** When each frame's decode ended (its events published): splits a slow delivery into decode and the rest. */
    private final AtomicLongArray decodedNanos = new AtomicLongArray(SLOTS);
    /** When the domain thread took each frame's event up (its first subscriber): splits queueing from handling. */
    private final AtomicLongArray takenUpNanos = new AtomicLongArray(SLOTS);
    private final WireCodec codec = new WireCodec();
    private final GameRecorder recorder;
    private final WebSocketFeed feed;
    private final String finishEvent;
    final LatencyHistogram latency = new LatencyHistogram();
    /**
     * The slowest deliveries: {nanos, seq, past games in the message (-1 for other events), decode nanos, wall-clock
     * millis of the delivery, nanos queued between decode and the domain thread taking it up}, most kept.
     */
    private final List<long[]> slowest = new ArrayList<>();
    private static final int SLOWEST_KEPT = 12;
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    volatile long firstArrivalNanos;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /**
     * CPU time of the threads that handed frames over, summed: socket.io-client ends its EventThread whenever its
     * queue runs empty and starts a new one, so each one's CPU counts from its start (or the first frame) to its
     * last frame. Only the producer (the EventThread of the moment) writes these.
     */
    private Thread eventThread;
    private long eventThreadCpu;
    volatile long eventThreadCpuTotal;
    /** EventThreads that handed over frames: the library's thread churn. */
    volatile int eventThreads;
    /** Process CPU time at the first arrival and the last delivery. */
    volatile long processCpuFirst;
    volatile long processCpuLast;
    /** CPU time of the domain thread at the first and the last delivery. */
    volatile long domainCpuFirst;
    volatile long domainCpuLast;
    volatile long lastDeliveryNanos;
    volatile boolean finished;

    /**
     * @param finishEvent an event name that marks the end of a replay (not counted), or null
     */
    BenchClient(String serverUrl, Path recordings, String finishEvent) {
        this.finishEvent = finishEvent;
        recorder = new GameRecorder(pipeline.bus, new RecordingSettings(recordings, true), null,
                GameRecorder.Config.defaults(serverUrl, "rugdesk-bench"),
                DomainTimer.on(timers, pipeline.domain), Clock.systemUTC(),
                RecordingFileWriter.ChannelOpener.FILES);
        recorder.start();
        FrameDecoder codecDecoder = FrameDecoder.of(codec);
        FrameIngress ingress = new FrameIngress((eventName, argumentsJson, stamp) -> {
            note(stamp);
            var decoded = codecDecoder.decode(eventName, argumentsJson, stamp);
            decodedNanos.set((int) (stamp.seq() & (SLOTS - 1)), System.nanoTime());
            return decoded;
        }, pipeline.bus, System::currentTimeMillis);
        pipeline.bus.subscribe(FeedEvent.class, this::probe);
        feed = new WebSocketFeed(FeedOptions.of(serverUrl).withTransports(List.of("websocket")), ingress,
                pipeline.bus, codec, pipeline.domain, timers);
    }

    private void note(Stamp stamp) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        Thread current = Thread.currentThread();
        if (firstArrivalNanos == 0) {
            firstArrivalNanos = now;
            processCpuFirst = PROCESS.getProcessCpuTime();
            eventThreadCpu = cpu;
        }
        if (current != eventThread) {
            eventThread = current;
            eventThreads++;
            if (eventThreads > 1) {
                eventThreadCpuTotal += cpu;
            }
        } else {
            eventThreadCpuTotal += cpu - eventThreadCpu;
        }
        eventThreadCpu = cpu;
        int slot = (int) (stamp.seq() & (SLOTS - 1));
        arrivalNanos.set(slot, now);
    }

    private void takenUp(Object event) {
        if (event instanceof FeedEvent feedEvent) {
            takenUpNanos.set((int) (feedEvent.stamp().seq() & (SLOTS - 1)), System.nanoTime());
        }
    }

    private void probe(FeedEvent event) {
        long now = System.nanoTime();
        int slot = (int) (event.stamp().seq() & (SLOTS - 1));
        if (event instanceof UnknownEvent unknown && unknown.eventName().equals(finishEvent)) {
            finished = true;
            return;
        }
        long nanos = now - arrivalNanos.get(slot);
        latency.add(nanos);
        noteIfSlow(nanos, event);
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (domainCpuFirst == 0) {
            domainCpuFirst = cpu;
        }
        domainCpuLast = cpu;
        if (event instanceof io.rugdesk.protocol.FrameRejected) {
            rejected.incrementAndGet();
        }
        delivered.incrementAndGet();
        lastDeliveryNanos = now;
        processCpuLast = PROCESS.getProcessCpuTime();
    }

    private void noteIfSlow(long nanos, FeedEvent event) {
        long pastGames = event instanceof io.rugdesk.protocol.GameStateUpdate update ? update.gameHistory().size() : -1;
        synchronized (slowest) {
            if (slowest.size() == SLOWEST_KEPT && nanos <= slowest.get(SLOWEST_KEPT - 1)[0]) {
                return;   // most frames: no sort on the measured thread
            }
            int slot = (int) (event.stamp().seq() & (SLOTS - 1));
            long decode = Math.max(0, decodedNanos.get(slot) - arrivalNanos.get(slot));
            long queued = Math.max(0, takenUpNanos.get(slot) - decodedNanos.get(slot));
            slowest.add(new long[] {nanos, event.stamp().seq(), pastGames, Math.min(decode, nanos),
                System.currentTimeMillis(), queued});
            slowest.sort((a, b) -> Long.compare(b[0], a[0]));
            if (slowest.size() > SLOWEST_KEPT) {
                slowest.remove(SLOWEST_KEPT);
            }
        }
    }

    /**
     * The slowest deliveries, slowest first, with the decode's share and the wall-clock time of the delivery (to
     * match a GC log or a JFR recording): "seq 2 (10 past games) 3,412 µs (decode 2,001 µs, at 16:21:25.069)".
     */
    List<String> slowest() {
        java.time.format.DateTimeFormatter clock = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
                .withZone(java.time.ZoneOffset.UTC);
        synchronized (slowest) {
            return slowest.stream().map(s -> String.format("seq %d%s %,d µs (decode %,d, queued %,d µs, at %s)",
                    s[1], s[2] > 0 ? " (" + s[2] + " past games)" : "", s[0] / 1_000, s[3] / 1_000, s[5] / 1_000,
                    clock.format(java.time.Instant.ofEpochMilli(s[4])))).toList();
        }
    }

    /** CPU µs per frame on the EventThreads, on the domain thread and of the whole process. */
    double[] cpuMicrosPerFrame() {
        long frames = Math.max(1, delivered() - 1);
        return new double[] {eventThreadCpuTotal / 1e3 / frames, (domainCpuLast - domainCpuFirst) / 1e3 / frames,
            (processCpuLast - processCpuFirst) / 1e3 / frames};
    }

    BenchClient connect() {
        feed.connect();
        return this;
    }

    /** Feed events delivered to the last subscriber. */
    long delivered() {
        return delivered.get();
    }

    long subscriptions() {
        return pipeline.bus.subscriptionCount();
    }

    long subscriberFailures() {
        return pipeline.failures.get();
    }

    @Override
    public void close() {
        feed.close();
        FrameFuzz.awaitDomain(pipeline.domain);
        pipeline.domain.execute(recorder::close);
        FrameFuzz.awaitDomain(pipeline.domain);
        timers.shutdownNow();
        pipeline.close();
    }
}
