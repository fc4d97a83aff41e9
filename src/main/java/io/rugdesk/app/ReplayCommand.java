package io.rugdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.DomainThread;
import io.rugdesk.event.EventBus;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.verify.FairnessChecked;
import io.rugdesk.verify.FairnessMonitor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rugdesk replay FILE}: plays a recording back through the same game facts and fairness check as a live
 * session ({@link RecordingReplayer}) and prints a summary; a capture file (fixtures format) goes through the
 * live decoding path exactly like {@code inspect}. Exit 0; 2 when the file cannot be read.
 *
 * <p>Thread: the main thread waits; the replay runs on its own thread, the checks on a domain thread.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a recording (or a capture) through the client's pipeline and print a summary.")
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a recording (.jsonl from record) or a capture")
    Path file;

    static final class Pace {
        @Option(names = "--speed", description = "Speed factor against the recorded pace (default 1).")
        double speed = 1.0;

        @Option(names = "--max", description = "As fast as possible.")
        boolean max;
    }

    @ArgGroup(exclusive = true)
    Pace pace = new Pace();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(pace.speed > 0)) {
            err.println("replay: --speed must be > 0");
            return 2;
        }
        boolean recording;
        try {
            recording = isRecording(file);
        } catch (IOException e) {
            err.println("replay: cannot read " + file + ": " + e);
            return 2;
        }
        if (!recording) {
            return new InspectCommandRunner(spec).inspect(file);
        }
        RecordingReader.Recording read;
        try {
            read = new RecordingReader().read(file);
        } catch (IOException e) {
            err.println("replay: cannot read " + file + ": " + e);
            return 2;
        }
        out.println(summarize(read, pace.max ? Double.POSITIVE_INFINITY : pace.speed));
        out.flush();
        read.problems().forEach(p -> err.println("replay: " + p));
        return 0;
    }

    /** Replays {@code recording} on a fresh bus with a FairnessMonitor and returns the one-line summary. */
    static String summarize(RecordingReader.Recording recording, double speed) throws InterruptedException {
        ExecutorService domain = DomainThread.start();
        EventBus bus = new EventBus(domain);
        AtomicReference<FairnessChecked> verdict = new AtomicReference<>();
        bus.subscribe(FairnessChecked.class, verdict::set);
        FairnessMonitor fairness = RecordingReplayer.startFairnessCheck(bus);
        RecordingReplayer replayer = new RecordingReplayer(recording, bus);
        try {
            replayer.setSpeed(speed);
            replayer.play();
            while (!replayer.awaitEnd(Duration.ofMinutes(10))) {
                // a long recording at its recorded pace: keep waiting
            }
        } finally {
            replayer.close();
            domain.submit(fairness::close);
            domain.shutdown();
            domain.awaitTermination(5, TimeUnit.SECONDS);
        }
        return describe(recording, replayer.length(), verdict.get());
    }

    static String describe(RecordingReader.Recording recording, int replayed, FairnessChecked verdict) {
        RecordingReader.Footer footer = recording.footer();
        String gameId = recording.gameId() != null ? recording.gameId() : "?";
        String seed = footer == null ? null : footer.serverSeed();
        return String.format("game %s ticks=%d lateTicks=%d rugTick=%s seed=%s fair=%s (recorded %s) outcome=%s "
                        + "verification=%s replayed=%d%s",
                gameId, recording.ticks().size(), recording.lateTicks().size(),
                footer == null || footer.rugTick() == null ? "-" : footer.rugTick(),
                seed == null ? "-" : seed,
                verdict == null ? "unchecked" : verdict.ok() ? "ok" : "FAILED: " + verdict.details(),
                footer == null || footer.fair() == null ? "unknown" : footer.fair(),
                footer == null ? "none" : footer.outcome().wireName(),
                verification(recording), replayed,
                recording.valid() ? "" : " problems=" + recording.problems().size());
    }

    /** Verification results by status, plus the drift reports (schema 2 records; schema 1 generic events). */
    static Map<String, Integer> verification(RecordingReader.Recording recording) {
        Map<String, Integer> verification = new TreeMap<>();
        for (RecordingReader.Other other : recording.others()) {
            JsonNode node = other.node();
            String schema1Event = other.type().equals("event") ? node.path("event").asText("") : "";
            if (other.type().equals("verified")) {
                verification.merge(node.path("status").asText("?"), 1, Integer::sum);
            } else if (schema1Event.equals("StateVerified")) {
                verification.merge(node.path("fields").path("status").asText("?"), 1, Integer::sum);
            } else if (other.type().equals("drift") || schema1Event.equals("StateDriftDetected")) {
                verification.merge("driftReports", 1, Integer::sum);
            }
        }
        return verification;
    }

    /** A recording starts with its header record; anything else is treated as a capture. */
    static boolean isRecording(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.startsWith("{\"type\":\"header\"");
        }
    }

    /** Runs {@code inspect} on a capture with this command's output streams. */
    private record InspectCommandRunner(CommandSpec spec) {
        int inspect(Path capture) {
            InspectCommand inspect = new InspectCommand();
            inspect.capture = capture;
            inspect.spec = spec;
            return inspect.call();
        }
    }
}
