package io.rugdesk.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code scripts/bench.sh}: {@code codec | e2e | peer | latency | memory | startup | restarts | fuzz
 * | kills | reliability | all} (docs/performance.md, docs/reliability.md).
 * Benchmarks live in the test tree (they need the fixtures and JMH, which are test dependencies); they are
 * never run by the suite, which only runs short correctness versions. Prints a table on stdout.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "all" : args[0];
        List<BenchRow> rows = new ArrayList<>();
        switch (what) {
            case "codec" -> rows.addAll(CodecBench.run());
            case "backtest" -> rows.addAll(BacktestBench.run(count(args, 100_000)));
            case "backtest-jmh" -> rows.addAll(BacktestJmh.run(count(args, 100_000)));
            case "history" -> rows.addAll(HistoryBench.run(count(args, 5_000)));
            case "e2e" -> rows.addAll(ThroughputBench.simulator());
            case "peer" -> rows.addAll(ThroughputBench.officialServer(20));
            case "latency" -> rows.addAll(ThroughputBench.realCadence(count(args, 20)));
            case "memory" -> rows.addAll(MemoryBench.command(count(args, 5_000)));
            case "startup" -> rows.addAll(StartupBench.run(count(args, 5)));
            case "restarts" -> rows.addAll(ReliabilityBench.restarts(count(args, 50)));
            case "fuzz" -> rows.addAll(ReliabilityBench.fuzz(count(args, 100_000)));
            case "kills" -> rows.addAll(ReliabilityBench.kills(count(args, 20)));
            case "reliability" -> rows.addAll(ReliabilityBench.all());
            case "all" -> {
                rows.addAll(CodecBench.run());
                rows.addAll(ThroughputBench.all());
                rows.addAll(StartupBench.run(5));
                rows.addAll(MemoryBench.command(count(args, 5_000)));
            }
            default -> {
                System.err.println("usage: bench.sh codec|backtest [games]|backtest-jmh [games]|history [n]|e2e|peer|latency [seconds]|memory [games]|startup [n]"
                        + "|restarts [n]"
                        + "|fuzz [frames]|kills [n]|reliability|all [games]");
                System.exit(2);
            }
        }
        BenchRow.print(rows);
        System.exit(0);
    }

    private static int count(String[] args, int fallback) {
        return args.length > 1 ? Integer.parseInt(args[1]) : fallback;
    }
}
