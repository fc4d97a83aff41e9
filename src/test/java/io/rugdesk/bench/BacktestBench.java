package io.rugdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code scripts/bench.sh backtest [games]}: the whole run of {@code games} generated games (the 100,000 by
 * default), as {@link BacktestBenchmark}'s three operations (bare generation, {@code noop}, {@code fixed-ticks}),
 * run in turn on this thread for one warm-up round and three measured rounds, so load swings hit all three alike.
 * Each run is timed by the CPU time of this thread (what the machine's load barely moves) and by the wall clock;
 * the table gives the median run of each, games/s and ticks/s per core, and the ratio to generation in the same
 * rounds. The load average is printed before and after. JMH's own single-shot run of the same operations:
 * {@code scripts/bench.sh backtest-jmh [games]} (wall clock only: on a loaded machine its errors exceed its
 * scores).
 */
final class BacktestBench {

    private static final int ROUNDS = 3;

    private BacktestBench() {
    }

    static List<BenchRow> run(int games) throws Exception {
        String loadBefore = load();
        BacktestBenchmark benchmark = new BacktestBenchmark();
        benchmark.games = games;
        benchmark.setUp();
        Map<String, Callable<?>> operations = new LinkedHashMap<>();
        operations.put("generate", benchmark::generate);
        operations.put("backtest noop", benchmark::backtestNoop);
        operations.put("backtest fixed-ticks", benchmark::backtestFixedTicks);
        Map<String, long[]> cpu = new LinkedHashMap<>();
        Map<String, long[]> wall = new LinkedHashMap<>();
        operations.keySet().forEach(name -> {
            cpu.put(name, new long[ROUNDS]);
            wall.put(name, new long[ROUNDS]);
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = -1; round < ROUNDS; round++) {   // round -1 warms the JIT up
            for (Map.Entry<String, Callable<?>> operation : operations.entrySet()) {
                System.gc();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                operation.getValue().call();
                long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
                long wallNanos = System.nanoTime() - wallStart;
                System.err.printf("round %d %-22s cpu %6.2f s  wall %6.2f s  load %s%n", round,
                        operation.getKey(), cpuNanos / 1e9, wallNanos / 1e9, load());
                if (round >= 0) {
                    cpu.get(operation.getKey())[round] = cpuNanos;
                    wall.get(operation.getKey())[round] = wallNanos;
                }
            }
        }
        long ticks = BacktestBenchmark.ticks(games);
        double generateCpu = median(cpu.get("generate"));
        double generateWall = median(wall.get("generate"));
        List<BenchRow> rows = new ArrayList<>();
        for (String name : operations.keySet()) {
            double seconds = median(cpu.get(name)) / 1e9;
            double wallSeconds = median(wall.get(name)) / 1e9;
            rows.add(new BenchRow(name + " (" + games + " games, 1 thread, thread CPU)",
                    String.format("%.0f games/s, %.2f M ticks/s per core", games / seconds, ticks / seconds / 1e6),
                    String.format("%.2f× generation (CPU %.2f s; wall %.2f s, %.2f×; %d ticks)",
                            generateCpu / median(cpu.get(name)), seconds, wallSeconds,
                            generateWall / median(wall.get(name)), ticks)));
        }
        rows.add(new BenchRow("load average (1 min) before / after", loadBefore + " / " + load(), ""));
        return rows;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The machine's load average, read from /proc (Linux), or "?". */
    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
