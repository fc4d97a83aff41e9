package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.app.gui.FirstTick;
import io.rugdesk.game.TickObserved;
import io.rugdesk.sim.SimConfig;
import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time, from a parent process's start of the child to the child's line saying it got there:
 * <ul>
 *   <li>headless: a fresh JVM runs {@link #main}, which starts a session against the embedded simulator and
 *       exits at its first {@link TickObserved};</li>
 *   <li>the window: {@code java -jar target/rugdesk.jar gui} and, where {@code scripts/package.sh} has built it,
 *       the packaged launcher {@code target/jpackage/rugdesk/bin/rugdesk gui} (its jlinked runtime and AppCDS
 *       archive), each with {@code --exit-at-first-tick}: command → first tick painted. With
 *       {@code RUGDESK_BASELINE_JAR=path/to/other/rugdesk.jar} (a jar of another commit) that one runs too. They
 *       are started in turn, so the machine's load swings hit them alike.</li>
 * </ul>
 * Also {@code java -XX:SharedArchiveFile=target/rugdesk.jsa -jar …}: the dynamic archive {@code scripts/run.sh}
 * makes at its first start (made here by an uncounted start where missing or older than the jar). At the real
 * speed (1): the window's embedded simulator, like the headless session here, starts with a game already under way
 * ({@link SimConfig#startMidGame()}), so the first tick comes one tick (≤ 250 ms) after the client is connected. A
 * baseline jar runs with {@code --speed 1000}: builds before that option started with a 15 s cooldown. Also
 * printed: the child's own view (JVM start → tick). Thread: the caller's.
 */
public final class StartupBench {

    private static final String HEADLESS_LINE = "first tick ";
    private static final Path LAUNCHER = Path.of("target", "jpackage", "rugdesk", "bin", "rugdesk");

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch firstTick = new CountDownLatch(1);
        Path dir = Files.createTempDirectory("rugdesk-startup");
        SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withStartMidGame(true).withBots(1))
                .withConfigDir(dir.resolve("config")).withRecordingFolder(dir.resolve("recordings"))
                .withAutoRecord(false);
        ClientSession session = ClientSession.start(config);
        session.bus().subscribe(TickObserved.class, tick -> firstTick.countDown());
        firstTick.await(60, TimeUnit.SECONDS);
        long jvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(HEADLESS_LINE + jvmMillis + " cpu " + FirstTick.processCpuMillis());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    static List<BenchRow> run(int times) throws Exception {
        List<BenchRow> rows = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        rows.add(row("start-up: command → first tick (headless)", measure(times,
                List.of(java, "-cp", System.getProperty("java.class.path"), StartupBench.class.getName()),
                HEADLESS_LINE)));
        rows.addAll(window(times));
        return rows;
    }

    /** Command → first tick painted, {@code java -jar} and the packaged launcher in turn. */
    static List<BenchRow> window(int times) throws Exception {
        if (GraphicsEnvironment.isHeadless() || System.getenv("DISPLAY") == null) {
            return List.of(new BenchRow("start-up: command → first tick painted", "skipped",
                    "no display (scripts/bench.sh runs under xvfb-run -a when DISPLAY is unset)"));
        }
        Path dir = Files.createTempDirectory("rugdesk-startup-gui");
        List<String> guiArgs = List.of("gui", "--exit-at-first-tick",
                "--config-dir", dir.resolve("config").toString(), "--recordings", dir.resolve("recordings").toString());
        Map<String, List<String>> commands = new LinkedHashMap<>();
        String baseline = System.getenv("RUGDESK_BASELINE_JAR");
        if (baseline != null && !baseline.isBlank()) {
            List<String> before = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", baseline));
            before.addAll(List.of("gui", "--speed", "1000"));
            before.addAll(guiArgs.subList(1, guiArgs.size()));
            commands.put("java -jar " + baseline + " gui (baseline)", before);
        }
        List<String> jar = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "rugdesk.jar").toString()));
        jar.addAll(guiArgs);
        commands.put("java -jar target/rugdesk.jar gui", jar);
        Path archive = dynamicArchive(guiArgs);
        List<String> shared = new ArrayList<>(List.of(jar.get(0), "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        shared.addAll(jar.subList(1, jar.size()));
        commands.put("java -XX:SharedArchiveFile=" + archive + " -jar target/rugdesk.jar gui", shared);
        if (Files.isExecutable(LAUNCHER)) {
            List<String> launcher = new ArrayList<>(List.of(LAUNCHER.toString()));
            launcher.addAll(guiArgs);
            commands.put(LAUNCHER + " gui (jlinked runtime, AppCDS)", launcher);
        }
        Map<String, long[][]> results = new LinkedHashMap<>();
        commands.keySet().forEach(name -> results.put(name, new long[3][times]));
        for (int i = 0; i < times; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                long[] one = once(command.getValue(), FirstTick.LINE_PREFIX);
                for (int f = 0; f < one.length; f++) {
                    results.get(command.getKey())[f][i] = one[f];
                }
            }
        }
        List<BenchRow> rows = new ArrayList<>();
        results.forEach((name, figures) -> rows.add(row("start-up: " + name + " → first tick painted", figures)));
        if (!Files.isExecutable(LAUNCHER)) {
            rows.add(new BenchRow("start-up: packaged launcher", "skipped", LAUNCHER + " absent: scripts/package.sh"));
        }
        return rows;
    }

    /**
     * The dynamic AppCDS archive {@code scripts/run.sh} uses (target/rugdesk.jsa): made here, by one start of the
     * window that is not counted, where it is missing or older than the jar, as run.sh's first start makes it.
     */
    private static Path dynamicArchive(List<String> guiArgs) throws IOException, InterruptedException {
        Path jar = Path.of("target", "rugdesk.jar");
        Path archive = Path.of("target", "rugdesk.jsa");
        if (Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return archive;
        }
        Files.deleteIfExists(archive);
        List<String> train = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", jar.toString()));
        train.addAll(guiArgs);
        Process child = new ProcessBuilder(train).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(5, TimeUnit.MINUTES) || child.exitValue() != 0 || !Files.isRegularFile(archive)) {
            child.destroyForcibly();
            throw new IllegalStateException("no dynamic archive from " + train);
        }
        return archive;
    }

    private static long[][] measure(int times, List<String> command, String line) throws Exception {
        long[][] figures = new long[3][times];
        for (int i = 0; i < times; i++) {
            long[] one = once(command, line);
            for (int f = 0; f < one.length; f++) {
                figures[f][i] = one[f];
            }
        }
        return figures;
    }

    /** One start: {wall ms from process start to the line, the child's JVM start → line ms, its CPU ms or -1}. */
    private static long[] once(List<String> command, String linePrefix) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(linePrefix)) {
                    long wall = (System.nanoTime() - start) / 1_000_000;
                    String[] figures = line.substring(linePrefix.length()).trim().split(" cpu ");
                    return new long[] {wall, Long.parseLong(figures[0].trim()),
                            figures.length > 1 ? Long.parseLong(figures[1].trim()) : -1};
                }
            }
            throw new IllegalStateException("no '" + linePrefix + "' line from " + command);
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static BenchRow row(String what, long[][] figures) {
        long[] wall = figures[0].clone();
        long[] inJvm = figures[1].clone();
        long[] cpu = figures[2].clone();
        Arrays.sort(wall);
        Arrays.sort(inJvm);
        Arrays.sort(cpu);
        int n = wall.length;
        return new BenchRow(what, "median " + wall[n / 2] + " ms", "min " + wall[0] + ", max " + wall[n - 1]
                + " ms over " + n + " starts " + Arrays.toString(figures[0]) + "; JVM start → line median "
                + inJvm[n / 2] + " ms" + (cpu[0] < 0 ? "" : "; process CPU median " + cpu[n / 2] + " ms"));
    }
}
