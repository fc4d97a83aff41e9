package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.sim.SimConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fault: the app (a child JVM running {@link RecordingSessionMain}) is killed with SIGKILL at a random moment
 * while it records, {@code kills} times in a row on the same folder. Each start must recover what the previous
 * kill left ({@code .partial} files closed as {@code incomplete}); a last in-process start recovers the last
 * one. Then every file in the folder must read back valid with a footer. Thread: the caller's.
 */
final class KilledWhileRecording {

    /** The outcome: kills done, partial files left by them, partials still there at the end, the audit. */
    record Report(int kills, int partialsLeft, int unrecovered, RecordingAudit recordings, List<String> failures) {
        boolean survived() {
            return unrecovered == 0 && recordings.problems().isEmpty() && failures.isEmpty();
        }
    }

    private KilledWhileRecording() {
    }

    static Report run(int kills, long seed, Path folder) throws Exception {
        Random random = new Random(seed);
        Path recordings = folder.resolve("recordings");
        List<String> failures = new ArrayList<>();
        int partialsLeft = 0;
        for (int i = 1; i <= kills; i++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    RecordingSessionMain.class.getName(), folder.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                if (!waitForLine(out, "started")) {
                    failures.add("run " + i + ": the child never started");
                    continue;
                }
                int stale = partials(recordings).size();
                if (stale > 0) {
                    failures.add("run " + i + ": " + stale + " partial files of the last kill not recovered at start");
                }
                if (!waitForLine(out, "recording")) {
                    failures.add("run " + i + ": the child never recorded");
                    continue;
                }
                int ticksToWait = 1 + random.nextInt(4);
                for (int t = 0; t < ticksToWait && waitForLine(out, "ticks "); t++) {
                    // a random moment: after 50 to 200 ticks of recording
                }
                child.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no footer, no flush
            } finally {
                child.destroyForcibly();
                child.waitFor(20, TimeUnit.SECONDS);
            }
            partialsLeft += partials(recordings).size();
        }
        SessionConfig next = SessionConfig.embedded(SimConfig.defaults().withSpeed(20).withBots(1))
                .withConfigDir(folder.resolve("config")).withRecordingFolder(recordings).withAutoRecord(false);
        try (ClientSession session = ClientSession.start(next)) {
            session.serverLabel();   // the start itself recovered the folder
        }
        return new Report(kills, partialsLeft, partials(recordings).size(), RecordingAudit.of(recordings), failures);
    }

    private static boolean waitForLine(BufferedReader out, String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> partials(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
        }
    }
}
