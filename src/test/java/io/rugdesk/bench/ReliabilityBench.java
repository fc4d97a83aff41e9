package io.rugdesk.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The full-size fault runs of docs/reliability.md, each as one table row: tries, survived, lost. */
final class ReliabilityBench {

    private ReliabilityBench() {
    }

    static List<BenchRow> restarts(int times) throws Exception {
        SimulatorRestarts.Report r = SimulatorRestarts.run(times, 42, Files.createTempDirectory("rugdesk-restarts"));
        System.err.println(r);
        return List.of(new BenchRow("simulator killed and restarted", r.reconnected() + "/" + r.restarts()
                + " reconnected", "duplicate starts " + r.duplicateStarts() + ", duplicate ends " + r.duplicateEnds()
                + ", longest backoff " + r.longestBackoffMs() + " ms, recordings " + r.recordings().files() + " "
                + r.recordings().outcomes() + ", invalid " + r.recordings().problems().size()
                + (r.failures().isEmpty() ? "" : ", failures " + r.failures())));
    }

    static List<BenchRow> fuzz(int frames) throws Exception {
        SessionFuzz.Outcome o = SessionFuzz.run(frames, 1, Files.createTempDirectory("rugdesk-fuzz"));
        o.report().byKind().forEach((kind, tally) -> System.err.println(kind + ": " + tally));
        long rejected = o.report().byKind().values().stream().mapToLong(t -> t.rejected).sum();
        long unknown = o.report().byKind().values().stream().mapToLong(t -> t.unknown).sum();
        return List.of(new BenchRow("mutated real frames", o.report().frames() + " frames, " + o.report().threw()
                + " threw", rejected + " rejected with a reason, " + unknown + " unknown names, violations "
                + o.report().violations().size() + ", subscriber failures " + o.busFailures() + ", traded afterwards "
                + o.tradedAfterwards() + ", recordings " + o.recordings().files() + " (invalid "
                + o.recordings().problems().size() + ")"));
    }

    static List<BenchRow> kills(int times) throws Exception {
        KilledWhileRecording.Report r = KilledWhileRecording.run(times, 3, Files.createTempDirectory("rugdesk-kills"));
        System.err.println(r);
        return List.of(new BenchRow("app SIGKILLed while recording", times + " kills, " + r.partialsLeft()
                + " interrupted files", (r.partialsLeft() - r.unrecovered()) + " recovered, " + r.unrecovered()
                + " lost, invalid " + r.recordings().problems().size() + ", outcomes " + r.recordings().outcomes()
                + (r.failures().isEmpty() ? "" : ", failures " + r.failures())));
    }

    static List<BenchRow> all() throws Exception {
        List<BenchRow> rows = new ArrayList<>(restarts(50));
        rows.addAll(fuzz(100_000));
        rows.addAll(kills(20));
        return rows;
    }
}
