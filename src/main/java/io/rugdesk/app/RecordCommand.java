package io.rugdesk.app;

import io.rugdesk.event.DaemonThreads;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.recording.RecordingFailed;
import io.rugdesk.recording.RecordingFinished;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.recording.RecordingStarted;
import io.rugdesk.recording.RequestAutoRecord;
import io.rugdesk.sim.SimConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rugdesk record}: a headless session with auto-record on that writes one file per game into
 * {@code --out} until {@code --max-games} games are recorded, {@code --idle-exit} seconds pass after the last
 * frame, no frame at all came in {@code --first-frame-wait} seconds (exit 1), or the process is interrupted; prints
 * one summary line per finished file on stdout.
 *
 * <p>Thread: the main thread waits; summaries are read back and printed by the {@code rugdesk-record-summary}
 * thread as files finish (reading a file is disk work, which the domain thread never waits for).
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record every game of a server (or the embedded simulator) headless, one file per game.")
public final class RecordCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RecordCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--server", description = "Server URL (http/https/ws/wss); omitted: the embedded simulator.")
    String server;

    @Option(names = "--token-file", description = "File holding the login token (first line); never printed.")
    Path tokenFile;

    @Option(names = "--out", required = true, description = "Folder the recordings are written to.")
    Path out;

    @Option(names = "--max-games", description = "Stop after this many recorded games (default: no limit).")
    int maxGames;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "Stop after this many seconds without a"
            + " frame, counted from the last frame (exit 0). Before the first frame --first-frame-wait applies.")
    double idleExitSeconds;

    @Option(names = "--first-frame-wait", paramLabel = "SECONDS", description = "Give up when no frame at all came"
            + " in this many seconds (the server is down or not up yet; the connection is retried meanwhile): exit 1,"
            + " nothing recorded. Default: with --idle-exit the longer of 60 s and --idle-exit, otherwise no limit.")
    Double firstFrameWaitSeconds;

    @Option(names = "--speed", description = "Embedded simulator only: game clock speed (default ${DEFAULT-VALUE}).")
    double speed = 1.0;

    @Option(names = "--insecure-tls", description = "Accept any TLS certificate (self-signed test servers only).")
    boolean insecureTls;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (maxGames < 0 || idleExitSeconds < 0 || firstFrameWaitSeconds != null && firstFrameWaitSeconds < 0) {
            spec.commandLine().getErr().println("record: --max-games, --idle-exit and --first-frame-wait must not be"
                    + " negative");
            return 2;
        }
        double firstFrameWait = firstFrameWaitSeconds != null ? firstFrameWaitSeconds
                : IdleWait.defaultFirstFrameSeconds(idleExitSeconds);
        String token;
        try {
            token = readToken();
        } catch (IOException e) {
            spec.commandLine().getErr().println("record: cannot read the token file " + tokenFile + ": " + e);
            return 2;
        }
        SessionConfig config = SessionConfig.defaults(server).withToken(token).withRecordingFolder(out)
                .withAutoRecord(true).withInsecureTls(insecureTls)
                .withSimulator(SimConfig.defaults().withSpeed(speed));
        Files.createDirectories(out);
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        FeedPace pace = new FeedPace();
        // reading a finished file back for its summary is disk work: never on the domain thread
        ExecutorService summaries = Executors.newSingleThreadExecutor(DaemonThreads.named("rugdesk-record-summary"));
        ClientSession session;
        try {
            session = ClientSession.start(config, wired -> {
                Subscriptions handles = new Subscriptions();
                handles.add(wired.bus().subscribe(RecordingStarted.class, recording -> {
                    if (maxGames > 0 && started.incrementAndGet() == maxGames) {
                        // the last game is being recorded: no new file after it
                        wired.bus().publish(new RequestAutoRecord(Stamp.local(0, System.currentTimeMillis()),
                                false));
                    }
                }));
                handles.add(wired.bus().subscribe(RecordingFinished.class, recording -> summaries.execute(() -> {
                    stdout.println(summary(recording.file()));
                    stdout.flush();
                    if (maxGames > 0 && finished.incrementAndGet() >= maxGames) {
                        done.countDown();
                    }
                })));
                handles.add(wired.bus().subscribe(RecordingFailed.class,
                        failed -> LOG.error("recording failed: {}", failed)));
                handles.add(wired.bus().subscribe(FeedEvent.class, frame -> pace.delivered()));
                return handles;
            });
        } catch (IllegalArgumentException bad) {
            summaries.shutdownNow();
            spec.commandLine().getErr().println("record: " + bad.getMessage());
            return 2;
        }
        ClientSession opened = session;
        Runnable close = () -> {
            opened.close();   // footers written and files renamed: their summaries are queued by now
            printSummaries(summaries);
        };
        // SIGTERM/SIGINT: the hook closes the session (footers written, files renamed) and the JVM exits quietly
        Thread hook = new Thread(close, "rugdesk-record-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        IdleWait.Ended ended;
        try {
            ended = IdleWait.untilDoneOrIdle(session, done, idleExitSeconds, firstFrameWait);
            if (ended == IdleWait.Ended.NO_FIRST_FRAME) {
                spec.commandLine().getErr().printf(java.util.Locale.ROOT, "record: no frame from %s in %s s"
                        + " (--first-frame-wait): nothing recorded%n", session.serverLabel(),
                        new java.math.BigDecimal(Double.toString(firstFrameWait)).stripTrailingZeros().toPlainString());
            } else {
                spec.commandLine().getErr().println("record: " + pace);
            }
        } finally {
            if (withdraw(hook)) {
                close.run();
            }
        }
        return ended == IdleWait.Ended.NO_FIRST_FRAME ? 1 : 0;
    }

    /** Lets the summary thread print what is queued, then ends it. */
    private static void printSummaries(ExecutorService summaries) {
        summaries.shutdown();
        try {
            if (!summaries.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("some recordings' summaries were not printed within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes the shutdown hook back; false when the JVM is already shutting down (a signal), in which case the
     * hook is closing the session and must be left to it.
     */
    private static boolean withdraw(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            LOG.info("stopped by a signal: the shutdown hook finishes the recordings");
            return false;
        }
    }

    /**
     * Frames through the whole pipeline (this subscriber comes after the recorder's) per second, from the first
     * delivery to the last: what scripts/bench.sh feed compares with the official JS client. Domain thread.
     */
    private static final class FeedPace {
        private long frames;
        private long firstNanos;
        private long lastNanos;

        synchronized void delivered() {
            lastNanos = System.nanoTime();
            if (frames++ == 0) {
                firstNanos = lastNanos;
            }
        }

        @Override
        public synchronized String toString() {
            double seconds = (lastNanos - firstNanos) / 1e9;
            return String.format(java.util.Locale.ROOT, "%d frames in %.3f s, %.0f frames/s", frames, seconds,
                    seconds > 0 ? (frames - 1) / seconds : 0.0);
        }
    }

    private String readToken() throws IOException {
        if (tokenFile == null) {
            return null;
        }
        return Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(line -> !line.isEmpty()).findFirst().orElse(null);
    }

    /** {@code gameId outcome ticks rugTick fair file}, read back from the file just finished. */
    static String summary(Path file) {
        try {
            RecordingReader.Recording recording = new RecordingReader().read(file);
            RecordingReader.Footer footer = recording.footer();
            String gameId = footer != null ? footer.gameId()
                    : recording.header() != null ? recording.header().gameId() : "?";
            return String.format("game %s outcome=%s ticks=%d rugTick=%s fair=%s file=%s%s", gameId,
                    footer == null ? "none" : footer.outcome().wireName(),
                    footer == null ? recording.ticks().size() : footer.ticks(),
                    footer == null || footer.rugTick() == null ? "-" : footer.rugTick(),
                    footer == null || footer.fair() == null ? "unknown" : footer.fair(),
                    file.getFileName(), recording.valid() ? "" : " INVALID " + recording.problems());
        } catch (IOException e) {
            return "file " + file + " unreadable: " + e;
        }
    }
}
