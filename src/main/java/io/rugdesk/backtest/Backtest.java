package io.rugdesk.backtest;

import io.rugdesk.exchange.Account;
import io.rugdesk.risk.RiskGuard;
import io.rugdesk.risk.RiskReason;
import io.rugdesk.strategy.Strategy;
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
 * <p>Progress and cancel (the GUI's window): {@code progress} is told the number of games done after each game
 * taken in order, on the caller's thread; interrupting the caller's thread ends the run with
 * {@link InterruptedException} after the game in hand.
 *
 * <p>Thread: the caller's; games of parallel mode run on the given executor (null: the caller's thread).
 */
public final class Backtest {

    private static final BigDecimal AMPLE = new BigDecimal("1000000000000");
    private static final int CHUNK = 256;

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
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rugdesk-backtest");
            t.setDaemon(true);
            return t;
        });
    }

    private void done(long games) throws InterruptedException {
        progress.accept(games);
        if (Thread.interrupted()) {
            throw new InterruptedException("backtest cancelled after " + games + " games");
        }
    }

    /** Runs {@code files} then {@code generated} (may be null); {@code sources} is listed in the report. */
    public BacktestReport run(List<GameTape> files, GeneratedGames generated, List<SourceEntry> sources)
            throws InterruptedException {
        long total = files.size() + (generated == null ? 0 : generated.count());
        LongFunction<GameTape> game = i -> i < files.size() ? files.get((int) i) : generated.game(i - files.size());
        List<SourceEntry> allSources = new ArrayList<>(sources);
        if (generated != null) {
            allSources.add(new SourceEntry(GeneratedGames.SOURCE, "generated", (int) generated.count(), null,
                    "seed " + generated.seed()));
        }
        List<GameResult> results = settings.parallelizable() ? parallel(total, game) : sequential(total, game);
        RiskReason stoppedBy = settings.parallelizable() ? null : lastStop;
        return new BacktestReport(settings, allSources, results, stoppedBy == null ? null : stoppedBy.option());
    }

    private List<GameResult> sequential(long total, LongFunction<GameTape> game) throws InterruptedException {
        Account account = new Account(settings.startBalance(), 0);
        RiskGuard guard = new RiskGuard(settings.limits());
        Strategy strategy = settings.strategy().newInstance(new Random(settings.seed()));
        BigDecimal session = BigDecimal.ZERO;
        List<GameResult> results = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            GameResult result = new GameRunner(game.apply(i), (int) i, account, guard, settings.latencyTicks(),
                    session).run(strategy);
            session = session.add(result.pnl());
            guard.gameEnded(result.pnl(), result.traded(), session);
            results.add(slim(result));
            done(i + 1);
        }
        lastStop = guard.stoppedBy();
        return results;
    }

    private List<GameResult> parallel(long total, LongFunction<GameTape> game) throws InterruptedException {
        List<GameResult> results = new ArrayList<>();
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
                results.add(slim(result));
                done(results.size());
            }
        }
        return results;
    }

    private GameResult alone(GameTape tape, long index, BigDecimal balance) {
        Strategy strategy = settings.strategy().newInstance(new Random(settings.seed() ^ index * 0x9E3779B97F4A7C15L));
        return new GameRunner(tape, (int) index, new Account(balance, 0), new RiskGuard(settings.limits()),
                settings.latencyTicks(), BigDecimal.ZERO).run(strategy);
    }

    /** The same game played from {@code start} instead of the ample balance: every balance moves by the difference. */
    private static GameResult rebase(GameResult r, BigDecimal start) {
        BigDecimal shift = start.subtract(r.startBalance());
        List<FillRow> rows = new ArrayList<>(r.fillRows().size());
        for (FillRow row : r.fillRows()) {
            rows.add(row.withCashShifted(shift));
        }
        return new GameResult(r.index(), r.gameId(), r.source(), r.firstTick(), r.joinedMidGame(), r.rugTick(),
                r.rugPrice(), r.ticksSeen(), r.lateTicks(), start, r.endBalance().add(shift), r.fills(), r.sidebets(),
                r.sidebetsWon(), r.sidebetsLost(), r.refusedByReason(), r.traded(), r.ticksHeld(), r.failed(),
                r.serverSeed(), r.serverSeedHash(), r.requiredStartBalance(), r.insufficientCash(), rows);
    }

    private GameResult slim(GameResult r) {
        if (settings.keepFills() || r.fillRows().isEmpty()) {
            return r;
        }
        return new GameResult(r.index(), r.gameId(), r.source(), r.firstTick(), r.joinedMidGame(), r.rugTick(),
                r.rugPrice(), r.ticksSeen(), r.lateTicks(), r.startBalance(), r.endBalance(), r.fills(), r.sidebets(),
                r.sidebetsWon(), r.sidebetsLost(), r.refusedByReason(), r.traded(), r.ticksHeld(), r.failed(),
                r.serverSeed(), r.serverSeedHash(), r.requiredStartBalance(), r.insufficientCash(), List.of());
    }

    private static GameResult await(Future<GameResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a backtest worker failed: " + e.getCause(), e.getCause());
        }
    }
}
