package io.rugdesk.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link BacktestBenchmark} (one fork, 2 × 2 s warm-up, 4 × 2 s measurement) and reports games/s and ticks/s
 * of bare generation beside the backtests of the same games, on one thread.
 */
final class BacktestBench {

    private BacktestBench() {
    }

    static List<BenchRow> run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(BacktestBenchmark.class.getName())
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(4).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        long ticks = BacktestBenchmark.ticksPerOperation();
        List<BenchRow> rows = new ArrayList<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double ms = result.getPrimaryResult().getScore();
            double seconds = ms / 1000;
            rows.add(new BenchRow("backtest " + name.substring(name.lastIndexOf('.') + 1) + " ("
                    + BacktestBenchmark.GAMES + " games, 1 thread)",
                    String.format("%.0f games/s", BacktestBenchmark.GAMES / seconds),
                    String.format("%.2f M ticks/s (%.1f ± %.1f ms/op, %d ticks)", ticks / seconds / 1e6, ms,
                            result.getPrimaryResult().getScoreError(), ticks)));
        }
        return rows;
    }
}
