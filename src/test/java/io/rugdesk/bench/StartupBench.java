package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.game.TickObserved;
import io.rugdesk.sim.SimConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time, headless (the window is not on this branch yet): a fresh JVM runs {@link #main}, which starts
 * a session against the embedded simulator and exits at its first {@link TickObserved}. Measured from the
 * parent's process start to the child's "first tick" line, five times; also the child's own view (JVM start →
 * first tick). The simulator's first game starts with a 15 s cooldown at speed 1, so speed 1000 makes the
 * first tick come as soon as the client is connected. Thread: the caller's.
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch firstTick = new CountDownLatch(1);
        Path dir = Files.createTempDirectory("rugdesk-startup");
        SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withSpeed(1000).withBots(1))
                .withConfigDir(dir.resolve("config")).withRecordingFolder(dir.resolve("recordings"))
                .withAutoRecord(false);
        ClientSession session = ClientSession.start(config);
        session.bus().subscribe(TickObserved.class, tick -> firstTick.countDown());
        firstTick.await(60, TimeUnit.SECONDS);
        long jvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first tick " + jvmMillis);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    static List<BenchRow> run(int times) throws Exception {
        long[] wall = new long[times];
        long[] inJvm = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StartupBench.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("first tick ")) {
                        wall[i] = (System.nanoTime() - start) / 1_000_000;
                        inJvm[i] = Long.parseLong(line.substring("first tick ".length()).trim());
                        break;
                    }
                }
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
        }
        Arrays.sort(wall);
        Arrays.sort(inJvm);
        List<BenchRow> rows = new ArrayList<>();
        rows.add(new BenchRow("start-up: command → first tick (headless)", "median " + wall[times / 2] + " ms",
                "min " + wall[0] + ", max " + wall[times - 1] + " ms over " + times + " starts; JVM start → tick median "
                        + inJvm[times / 2] + " ms"));
        return rows;
    }
}
