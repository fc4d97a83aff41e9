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
 * Runs {@link CodecBenchmark} with short settings (one fork, 3 × 1 s warm-up, 5 × 1 s measurement: enough on a
 * shared 2-core machine to see ratios, not to quote nanoseconds) and returns one row per benchmark.
 */
final class CodecBench {

    private CodecBench() {
    }

    static List<BenchRow> run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(CodecBenchmark.class.getName())
                .include(io.rugdesk.feed.FeedPathBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Drugdesk.fixtures=" + RealFrames.root(), "-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<BenchRow> rows = new ArrayList<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            rows.add(new BenchRow("codec " + name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                    String.format("%.1f ± %.1f µs/op", score, error),
                    String.format("%.0f frames/s", 1e6 / score)));
        }
        return rows;
    }
}
