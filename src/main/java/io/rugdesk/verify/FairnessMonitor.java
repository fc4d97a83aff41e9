package io.rugdesk.verify;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.game.TickObserved;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Wires the {@link FairnessChecker} to the bus: remembers the hash announced at {@link GameStarted} and the
 * prices of {@link TickObserved}, and when a later message reveals the seed ({@link SeedRevealed}) publishes
 * one {@link FairnessChecked} per game. Memory is bounded: only the last {@value #GAMES_KEPT} games are kept,
 * as the server reveals a seed one game after it ends.
 *
 * <p>Thread: the handlers run on the domain thread (no locks). The check itself, replaying the price model over
 * every tick of the game, runs on the {@code checking} executor given at construction, which publishes the
 * verdict: in the app its own thread, so a long game's check (milliseconds, more while the code is cold) does not
 * hold up the live frames behind the message that revealed its seed (ADR 0020). Replays and tests pass a direct
 * executor and get the verdict at once. What the check reads is handed over whole: a game's observed prices are
 * no longer touched by the domain thread once its seed is revealed.
 */
public final class FairnessMonitor implements AutoCloseable {

    static final int GAMES_KEPT = 4;
    /** Each gameHistory repeats about ten reveals: remember more checked ids than that. */
    static final int CHECKED_IDS_KEPT = 64;

    private final EventBus bus;
    private final FairnessChecker checker;
    private final Executor checking;
    private volatile boolean closed;
    private final Map<String, Observed> games = new LinkedHashMap<>() { // insertion order: the oldest game goes first
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Observed> eldest) {
            return size() > GAMES_KEPT;
        }
    };
    private final Map<String, Boolean> checkedIds = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CHECKED_IDS_KEPT;
        }
    };
    private final Subscriptions subscriptions = new Subscriptions();

    /** What this client saw of one game. */
    private static final class Observed {
        private String announcedHash;
        private final Map<Integer, BigDecimal> prices = new HashMap<>();
        private boolean rugSeen;
    }

    /** A monitor that checks on the thread that delivers the reveal (replays, tests). */
    public FairnessMonitor(EventBus bus, FairnessChecker checker) {
        this(bus, checker, Runnable::run);
    }

    /**
     * @param checking where each revealed game is checked and its verdict published: one thread, so verdicts keep
     *                 the order of the reveals
     */
    public FairnessMonitor(EventBus bus, FairnessChecker checker, Executor checking) {
        this.bus = bus;
        this.checker = checker;
        this.checking = Objects.requireNonNull(checking, "checking");
    }

    /** Subscribes to the game events; {@link #close()} unsubscribes. */
    public FairnessMonitor start() {
        subscriptions.add(bus.subscribe(GameStarted.class, this::onGameStarted));
        subscriptions.add(bus.subscribe(TickObserved.class, this::onTick));
        subscriptions.add(bus.subscribe(SeedRevealed.class, this::onSeedRevealed));
        return this;
    }

    private Observed game(String gameId) {
        return games.computeIfAbsent(gameId, id -> new Observed());
    }

    private void onGameStarted(GameStarted started) {
        game(started.gameId()).announcedHash = started.serverSeedHash();
    }

    private void onTick(TickObserved tick) {
        Observed game = game(tick.gameId());
        if (game.rugSeen) {
            return; // later rugged messages repeat the rug with a larger tickCount (protocol.md §4.2)
        }
        game.prices.put(tick.tick(), tick.price());
        game.rugSeen = tick.phase() == Phase.RUGGED;
    }

    private void onSeedRevealed(SeedRevealed revealed) {
        if (checkedIds.put(revealed.gameId(), Boolean.TRUE) != null) {
            return; // every following gameHistory repeats the reveal
        }
        Observed game = games.remove(revealed.gameId());
        String announced = game == null ? revealed.serverSeedHash() : firstNonNull(game.announcedHash,
                revealed.serverSeedHash());
        Map<Integer, BigDecimal> seen = game == null ? Map.of() : game.prices;   // removed above: ours alone now
        try {
            checking.execute(() -> check(revealed, announced, seen));
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    private void check(SeedRevealed revealed, String announced, Map<Integer, BigDecimal> seen) {
        FairnessChecker.Verdict verdict = checker.check(revealed.gameId(), announced, revealed.serverSeed(), seen,
                revealed.prices());
        if (closed) {
            return;   // the session is closing: its bus delivers nothing more
        }
        Stamp stamp = revealed.stamp();
        bus.publish(new FairnessChecked(stamp, verdict.gameId(), verdict.ok(), verdict.details()));
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    /** Unsubscribes from the bus; a check still running publishes no verdict. */
    @Override
    public void close() {
        closed = true;
        subscriptions.close();
    }
}
