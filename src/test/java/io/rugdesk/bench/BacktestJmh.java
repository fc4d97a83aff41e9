package io.rugdesk.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code scripts/bench.sh backtest-jmh [games]}: {@link BacktestBenchmark} under JMH (one fork, single shot: one
 * warm-up run and three measured runs of the whole {@code games} each, -Xmx256m); wall clock only, games/s and
 * ticks/s and each operation's ratio to bare generation.
 */
final class BacktestJmh {

    private BacktestJmh() {
    }

    static List<BenchRow> run(int games) throws RunnerException {
        String loadBefore = BacktestBench.load();
        Options options = new OptionsBuilder()
                .include(BacktestBenchmark.class.getName())
                .param("games", Integer.toString(games))
                .forks(1)
                .warmupIterations(1)
                .measurementIterations(3)
                .jvmArgsAppend("-Xmx256m")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        long ticks = BacktestBenchmark.ticks(games);
        double generateMs = Double.NaN;
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith(".generate")) {
                generateMs = result.getPrimaryResult().getScore();
            }
        }
        List<BenchRow> rows = new ArrayList<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double ms = result.getPrimaryResult().getScore();
            double seconds = ms / 1000;
            rows.add(new BenchRow("jmh " + name.substring(name.lastIndexOf('.') + 1) + " (" + games
                    + " games, 1 thread)",
                    String.format("%.0f games/s, %.2f M ticks/s", games / seconds, ticks / seconds / 1e6),
                    String.format("%.2f× generation (%.0f ms per run, %d ticks)", generateMs / ms, ms, ticks)));
        }
        rows.add(new BenchRow("load average (1 min) before / after", loadBefore + " / " + BacktestBench.load(), ""));
        return rows;
    }
}
