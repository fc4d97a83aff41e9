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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH, one thread: {@value #GAMES} generated games (seed 1) per operation, either only made by the price model
 * ({@code generate}: seed derivation, v3 prices, rug price) or made and backtested with {@code fixed-ticks}
 * (buy 0.1 at tick 10, sell at 40, sidebet at 5) on the exchange ({@code backtestFixedTicks}) or with {@code noop}.
 * Run with {@code scripts/bench.sh backtest}. Thread: JMH's benchmark thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {

    static final int GAMES = 2000;
    static final long SEED = 1;

    private BacktestSettings fixedTicks;
    private BacktestSettings noop;

    @Setup
    public void setUp() {
        StrategyCatalog catalog = StrategyCatalog.builtIn();
        fixedTicks = new BacktestSettings(catalog.configure("fixed-ticks", Map.of("sidebetTick", "5")),
                new BigDecimal("1000"), 0, RiskLimits.NONE, 0, false);
        noop = new BacktestSettings(catalog.configure("noop", Map.of()), new BigDecimal("1000"), 0,
                RiskLimits.NONE, 0, false);
    }

    /** The ticks of one operation's games (the same games every time). */
    static long ticksPerOperation() {
        GeneratedGames games = new GeneratedGames(GAMES, SEED);
        long ticks = 0;
        for (int i = 0; i < GAMES; i++) {
            ticks += games.game(i).size();
        }
        return ticks;
    }

    @Benchmark
    public long generate() {
        GeneratedGames games = new GeneratedGames(GAMES, SEED);
        long ticks = 0;
        for (int i = 0; i < GAMES; i++) {
            GameTape tape = games.game(i);
            ticks += tape.size();
        }
        return ticks;
    }

    @Benchmark
    public BacktestReport backtestFixedTicks() throws InterruptedException {
        return new Backtest(fixedTicks, null).run(List.of(), new GeneratedGames(GAMES, SEED), List.of());
    }

    @Benchmark
    public BacktestReport backtestNoop() throws InterruptedException {
        return new Backtest(noop, null).run(List.of(), new GeneratedGames(GAMES, SEED), List.of());
    }
}
