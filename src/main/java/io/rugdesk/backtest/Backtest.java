package io.rugdesk.backtest;

import io.rugdesk.event.DaemonThreads;
import io.rugdesk.exchange.Account;
import io.rugdesk.risk.RiskGuard;
import io.rugdesk.risk.RiskReason;
import io.rugdesk.strategy.Strategy;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Runs a strategy over games in the order given, the balance carried from game to game.
 *
 * <p>Sequential mode (a strategy that keeps state across games, or a session-level limit): one strategy instance
 * seeded with {@code new Random(seed)}, one account, one risk guard, game after game.
 *
 * <p>Parallel mode ({@link BacktestSettings#parallelizable()}): each game gets a fresh strategy instance with
 * {@code new Random(seed ^ index × golden ratio)}, is played on an account with an ample balance on any thread,
 * and the results are taken in game order. A game whose accepted orders need more than the real balance at its start
 * (its {@code requiredStartBalance}) is played again, in order, on the real balance. The results are the same as
 * a one-thread run of this mode, whatever the number of threads: only the executor differs.
 *
 * <p>Memory: each game, once final, goes in order to the {@link Summary.Tally}, the chart {@link GamePoints} and
 * the caller's {@link GameSink} (the streaming JSON and CSV writers), and is kept in the report only while fewer
 * than {@code keep} are; parallel mode holds at most one chunk of {@value #CHUNK} games in flight (the bounded
 * window that puts them back in order). So a run of any length needs the same memory.
 *
 * <p>Progress and cancel (the GUI's window): {@code progress} is told the number of games done after each game
 * taken in order, on the caller's thread; interrupting the caller's thread ends the run with
 * {@link InterruptedException} after the game in hand.
 *
 * <p>Thread: the caller's; games of parallel mode run on the given executor (null: the caller's thread).
 */
public final class Backtest {

    private static final BigDecimal AMPLE = new BigDecimal("1000000000000");
    private static final int CHUNK = 256;

    /** Told each game, in order, as soon as it is final. */
    @FunctionalInterface
    public interface GameSink {
        void accept(GameResult game) throws IOException;
    }

    private final BacktestSettings settings;
    private final ExecutorService executor;
    private final LongConsumer progress;
    private RiskReason lastStop;

    public Backtest(BacktestSettings settings, ExecutorService executor) {
        this(settings, executor, done -> { });
    }

    /** @param progress told the number of games done so far, after each game, on the caller's thread */
    public Backtest(BacktestSettings settings, ExecutorService executor, LongConsumer progress) {
        this.settings = settings;
        this.executor = executor;
        this.progress = progress;
    }

    /**
     * The pool for parallel mode: {@code threads} daemon workers named rugdesk-backtest, or null (the caller's
     * thread) when one thread is asked for or the settings do not allow parallel games. The caller shuts it down.
     */
    public static ExecutorService workers(int threads, BacktestSettings settings) {
        if (threads <= 1 || !settings.parallelizable()) {
            return null;
        }
        return Executors.newFixedThreadPool(threads, DaemonThreads.named("rugdesk-backtest"));
    }

    private void done(long games) throws InterruptedException {
        progress.accept(games);
        if (Thread.interrupted()) {
            throw new InterruptedException("backtest cancelled after " + games + " games");
        }
    }

    /** Runs {@code files} then {@code generated} (may be null), every game kept; {@code sources} is listed. */
    public BacktestReport run(List<GameTape> files, GeneratedGames generated, List<SourceEntry> sources)
            throws InterruptedException {
        try {
            return run(files, generated, sources, g -> { }, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a sink that does nothing failed", e);
        }
    }

    /** The sources a run of {@code files}' {@code sources} and {@code generated} (may be null) lists. */
    public static List<SourceEntry> sources(List<SourceEntry> sources, GeneratedGames generated) {
        List<SourceEntry> all = new ArrayList<>(sources);
        if (generated != null) {
            all.add(new SourceEntry(GeneratedGames.SOURCE, "generated", (int) generated.count(), null,
                    "seed " + generated.seed()));
        }
        return all;
    }

    /**
     * Runs {@code files} then {@code generated} (may be null); each game goes to {@code sink} in order, the report
     * keeps the first {@code keep} (their fill rows only when the settings keep fills). An exception of the sink
     * ends the run.
     */
    public BacktestReport run(List<GameTape> files, GeneratedGames generated, List<SourceEntry> sources,
            GameSink sink, int keep) throws InterruptedException, IOException {
        long total = files.size() + (generated == null ? 0 : generated.count());
        LongFunction<GameTape> game = i -> i < files.size() ? files.get((int) i) : generated.game(i - files.size());
        Taken taken = new Taken(sink, keep);
        if (settings.parallelizable()) {
            parallel(total, game, taken);
        } else {
            sequential(total, game, taken);
        }
        RiskReason stop = settings.parallelizable() ? null : lastStop;
        String stoppedBy = stop == null ? null : stop.option();
        return new BacktestReport(settings, sources(sources, generated), taken.kept, stoppedBy,
                taken.tally.summary(stoppedBy), taken.points);
    }

    /** Where the finished games go, in order. */
    private final class Taken {
        final GameSink sink;
        final int keep;
        final Summary.Tally tally = new Summary.Tally(settings.startBalance());
        final GamePoints points = new GamePoints();
        final List<GameResult> kept = new ArrayList<>();

        Taken(GameSink sink, int keep) {
            this.sink = sink;
            this.keep = keep;
        }

        void take(GameResult result) throws IOException, InterruptedException {
            tally.add(result);
            points.add(result);
            sink.accept(result);
            if (kept.size() < keep) {
                kept.add(settings.keepFills() ? result : result.withoutFillRows());
            }
            done(tally.games());
        }
    }

    private void sequential(long total, LongFunction<GameTape> game, Taken taken)
            throws InterruptedException, IOException {
        Account account = new Account(settings.startBalance(), 0);
        RiskGuard guard = new RiskGuard(settings.limits());
        Strategy strategy = settings.strategy().newInstance(new Random(settings.seed()));
        BigDecimal session = BigDecimal.ZERO;
        for (long i = 0; i < total; i++) {
            GameResult result = new GameRunner(game.apply(i), (int) i, account, guard, settings.latencyTicks(),
                    session).run(strategy);
            session = session.add(result.pnl());
            guard.gameEnded(result.pnl(), result.traded(), session);
            taken.take(result);
        }
        lastStop = guard.stoppedBy();
    }

    private void parallel(long total, LongFunction<GameTape> game, Taken taken)
            throws InterruptedException, IOException {
        BigDecimal balance = settings.startBalance();
        for (long from = 0; from < total; from += CHUNK) {
            long to = Math.min(total, from + CHUNK);
            List<GameResult> chunk = new ArrayList<>();
            if (executor == null) {
                for (long i = from; i < to; i++) {
                    chunk.add(alone(game.apply(i), i, AMPLE));
                }
            } else {
                List<Future<GameResult>> futures = new ArrayList<>();
                for (long i = from; i < to; i++) {
                    long index = i;
                    futures.add(executor.submit(() -> alone(game.apply(index), index, AMPLE)));
                }
                for (Future<GameResult> future : futures) {
                    chunk.add(await(future));
                }
            }
            for (GameResult guess : chunk) {
                GameResult result = guess.requiredStartBalance().compareTo(balance) <= 0
                        ? rebase(guess, balance)
                        : alone(game.apply(guess.index()), guess.index(), balance);
                balance = result.endBalance();
                taken.take(result);
            }
        }
    }

    private GameResult alone(GameTape tape, long index, BigDecimal balance) {
        Strategy strategy = settings.strategy().newInstance(new Random(settings.seed() ^ index * 0x9E3779B97F4A7C15L));
        return new GameRunner(tape, (int) index, new Account(balance, 0), new RiskGuard(settings.limits()),
                settings.latencyTicks(), BigDecimal.ZERO).run(strategy);
    }

    /** The same game played from {@code start} instead of the ample balance: every balance moves by the difference. */
    private GameResult rebase(GameResult r, BigDecimal start) {
        BigDecimal shift = start.subtract(r.startBalance());
        if (!settings.keepFills()) {
            r = r.withoutFillRows();
        }
        List<FillRow> rows = new ArrayList<>(r.fillRows().size());
        for (FillRow row : r.fillRows()) {
            rows.add(row.withCashShifted(shift));
        }
        return new GameResult(r.index(), r.gameId(), r.source(), r.firstTick(), r.joinedMidGame(), r.rugTick(),
                r.rugPrice(), r.ticksSeen(), r.lateTicks(), start, r.endBalance().add(shift), r.fills(), r.sidebets(),
                r.sidebetsWon(), r.sidebetsLost(), r.refusedByReason(), r.traded(), r.ticksHeld(), r.failed(),
                r.serverSeed(), r.serverSeedHash(), r.requiredStartBalance(), r.insufficientCash(), rows);
    }

    private static GameResult await(Future<GameResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a backtest worker failed: " + e.getCause(), e.getCause());
        }
    }
}
