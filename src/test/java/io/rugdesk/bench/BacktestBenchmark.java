package io.rugdesk.bench;

import io.rugdesk.backtest.Backtest;
import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.BacktestSettings;
import io.rugdesk.backtest.GameTape;
import io.rugdesk.backtest.GeneratedGames;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One thread, one operation is the whole run of {@code games} generated games (seed 1; the
 * issue's 100,000 by default), either only made by the price model ({@code generate}: seed derivation, v3 prices,
 * rug price, seed hash: what {@code --generate} costs before any trading) or made and backtested on the exchange,
 * as {@code backtest --generate 100000 --seed 1 --strategy fixed-ticks --param sidebetTick=5 --balance 1000000
 * --threads 1} does without printing ({@code backtestFixedTicks}: buy 0.1 at tick 10, sell at 40, a sidebet at 5),
 * or with {@code noop}. Run by {@code scripts/bench.sh backtest [games]} (thread CPU time, {@link BacktestBench}) or
 * {@code backtest-jmh [games]} (JMH single shot). Thread: JMH's benchmark thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {

    static final long SEED = 1;

    @Param("100000")
    public int games;

    private BacktestSettings fixedTicks;
    private BacktestSettings noop;

    @Setup
    public void setUp() {
        StrategyCatalog catalog = StrategyCatalog.builtIn();
        BigDecimal balance = new BigDecimal("1000000");
        fixedTicks = new BacktestSettings(catalog.configure("fixed-ticks", Map.of("sidebetTick", "5")), balance, 0,
                RiskLimits.NONE, SEED, false);
        noop = new BacktestSettings(catalog.configure("noop", Map.of()), balance, 0, RiskLimits.NONE, SEED, false);
    }

    /** The ticks of {@code games} games (the same games every time). */
    static long ticks(int games) {
        GeneratedGames generated = new GeneratedGames(games, SEED);
        long ticks = 0;
        for (int i = 0; i < games; i++) {
            ticks += generated.game(i).size();
        }
        return ticks;
    }

    @Benchmark
    public long generate() {
        GeneratedGames generated = new GeneratedGames(games, SEED);
        long ticks = 0;
        for (int i = 0; i < games; i++) {
            GameTape tape = generated.game(i);
            ticks += tape.size();
        }
        return ticks;
    }

    @Benchmark
    public BacktestReport backtestFixedTicks() throws InterruptedException {
        return new Backtest(fixedTicks, null).run(List.of(), new GeneratedGames(games, SEED), List.of());
    }

    @Benchmark
    public BacktestReport backtestNoop() throws InterruptedException {
        return new Backtest(noop, null).run(List.of(), new GeneratedGames(games, SEED), List.of());
    }
}
