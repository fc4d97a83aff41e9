package io.rugdesk.sim;

import io.rugdesk.game.fair.SeedHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated game cycle of protocol.md §8 item 3, on its own scheduler thread: new-game extended message
 * (cooldown 15000) → 7-key countdown every 100 ms with the 21-key presale-start at 10000 → 14-key tick 0 →
 * 21-key ticks every 250 ms → the two-message rug → next game. Durations are divided by the speed factor; the
 * schedule is kept against absolute due times so the cadence does not drift. Thread: every method runs on the
 * loop thread (the executor given to the constructor, single-threaded); {@link #gameLog()} is safe anywhere.
 */
final class SimGameLoop {

    private static final Logger LOG = LoggerFactory.getLogger(SimGameLoop.class);
    private static final DateTimeFormatter GAME_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    static final int HISTORY_SIZE = 10;
    /** A game's cycle outside its ticks (cooldown, presale, rug messages), and a tick (protocol.md §5.3). */
    private static final long PAST_GAME_GAP_MS = 16_200;
    private static final double TICK_MS = 250.9;

    /** {@link #joinRunningGame()}: the tick a first game already under way has reached (10 s of play). */
    static final int MID_GAME_TICK = 40;
    /** Fresh seeds only: the joined game has at least this many ticks (20 s) left, drawn in at most MAX_DRAWS. */
    static final int TICKS_LEFT_AT_JOIN = 80;
    private static final int MAX_DRAWS = 100;

    enum Phase { COOLDOWN, PRESALE, ACTIVE, RUGGED }

    private final SimConfig config;
    private final PriceSource priceSource;
    private final ScheduledExecutorService loop;
    private final Clock clock;
    private final Random random;
    private final SecureRandom seedRandom = new SecureRandom();
    private final SimTable table;
    /** Games kept in {@link #gameLog()}: a long {@code serve} run must not keep every game's prices forever. */
    static final int LOGGED_GAMES = 1_000;
    private final ArrayDeque<GameRecord> log = new ArrayDeque<>();
    private final Deque<Map<String, Object>> history = new ArrayDeque<>();
    private final List<Double> pricesSoFar = new ArrayList<>();
    private List<Map<String, Object>> finalStandings = List.of();
    private long nextDueNanos;
    private int gameIndex;
    private SimGame game;
    private Phase phase = Phase.COOLDOWN;
    private int tick;
    private int cooldown;
    private volatile boolean running;

    SimGameLoop(SimConfig config, PriceSource priceSource, ScheduledExecutorService loop, Clock clock,
            SimTable table) {
        this.config = config;
        this.priceSource = priceSource;
        this.loop = loop;
        this.clock = clock;
        this.random = new Random(config.randomSeed());
        this.table = table;
    }

    void start() {
        running = true;
        loop.execute(() -> {
            nextDueNanos = System.nanoTime();
            fillHistory();
            if (config.startMidGame()) {
                joinRunningGame();
            } else {
                newGame();
            }
        });
    }

    /**
     * {@link SimConfig#startMidGame()}: the first game has been running for a while, as a real server's has when
     * a client connects mid-game. Its ticks up to {@link #MID_GAME_TICK} (at most half its length, so it is not
     * about to rug; with fresh seeds, a game with {@link #TICKS_LEFT_AT_JOIN} ticks left after that) count as played: a client's connect snapshot carries their prices, and the next tick comes one
     * tick later. Nobody held a position in the part not played.
     */
    private void joinRunningGame() {
        game = nextGame();
        // with fresh seeds, one that rugs soon after the join is passed over: a window that opens on a game about to
        // end would show its rug and then 25 s of cooldown and presale (configured seeds are played as given)
        for (int draws = 1; config.seeds().isEmpty() && game.rugTick() < MID_GAME_TICK + TICKS_LEFT_AT_JOIN
                && draws < MAX_DRAWS; draws++) {
            game = nextGame();
        }
        table.startGame(game.gameId());
        pricesSoFar.clear();
        pricesSoFar.add(1.0);
        int joinedAt = Math.min(MID_GAME_TICK, game.rugTick() / 2);
        if (joinedAt == 0) {
            startGame();
            return;
        }
        phase = Phase.ACTIVE;
        cooldown = 0;
        tick = joinedAt;
        for (int i = 1; i <= joinedAt; i++) {
            pricesSoFar.add(game.priceAt(i));
        }
        table.tick(tick, game.priceAt(joinedAt));
        table.broadcastState(GameMessages.standard(view()), true);
        after(250, () -> tick(joinedAt + 1));
    }

    /**
     * The real server's connect snapshot always holds the last {@value #HISTORY_SIZE} finished games, each with
     * its revealed seed (protocol.md §2.1.4): so does the simulator's, from games it made up as played before it
     * started (seeds of their own, derived from the random seed; prices by the price source; ended one cycle of
     * ≈16.2 s + 250.9 ms a tick apart, §5.3). They are never played, and not in {@link #gameLog()}.
     */
    private void fillHistory() {
        long endedAt = clock.millis() - PAST_GAME_GAP_MS;
        for (int i = 0; i < HISTORY_SIZE; i++) {
            String seed = SeedHash.sha256Hex("past:" + i + ":" + config.randomSeed());
            String gameId = GAME_DATE.format(Instant.ofEpochMilli(endedAt)) + "-"
                    + SeedHash.sha256Hex("past-game:" + i + ":" + seed).substring(0, 16);
            SimGame past = simGame(gameId, seed);
            history.addLast(GameMessages.historyEntry(past, endedAt, List.of()));
            endedAt -= PAST_GAME_GAP_MS + (long) (past.rugTick() * TICK_MS);
        }
    }

    void stop() {
        running = false;
    }

    List<GameRecord> gameLog() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** The connect snapshot: extended keys with the current game's full {@code prices}. */
    Map<String, Object> snapshot() {
        return GameMessages.extended(view(), true);
    }

    private void after(long millis, Runnable step) {
        if (!running) {
            return;
        }
        nextDueNanos += (long) (millis * 1_000_000L / config.speed());
        long delay = Math.max(0, nextDueNanos - System.nanoTime());
        loop.schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException bug) {
                LOG.error("simulator step failed; the game goes on", bug);
            }
        }, delay, TimeUnit.NANOSECONDS);
    }

    private SimGame nextGame() {
        String seed = config.seeds().isEmpty() ? SeedHash.newSeed(seedRandom)
                : config.seeds().get(gameIndex % config.seeds().size());
        String gameId = GAME_DATE.format(clock.instant()) + "-"
                + SeedHash.sha256Hex("game:" + gameIndex + ":" + seed).substring(0, 16);
        gameIndex++;
        return simGame(gameId, seed);
    }

    private SimGame simGame(String gameId, String seed) {
        String hash = SeedHash.sha256Hex(seed);
        PriceSource.Round round = priceSource.generate(seed, gameId);
        double last = round.prices().get(round.prices().size() - 1);
        return new SimGame(gameId, seed, hash, round.prices(), round.rugTick(), round.peakMultiplier(),
                SimGame.rugPriceFor(hash, last));
    }

    private void newGame() {
        game = nextGame();
        phase = Phase.COOLDOWN;
        tick = 0;
        cooldown = 15_000;
        pricesSoFar.clear();
        pricesSoFar.add(1.0);
        table.startGame(game.gameId());
        table.broadcastState(GameMessages.extended(view(), false), false);
        after(100, () -> countdown(14_900));
    }

    private void countdown(int timer) {
        cooldown = timer;
        if (timer <= 10_000) {
            phase = Phase.PRESALE;
            table.openPresale();
            table.botsPresale(random);
        }
        table.broadcastState(GameMessages.cooldown(view()), true);
        if (timer == 10_000) {
            table.broadcastState(GameMessages.standard(view()), true);
        }
        after(100, timer > 100 ? () -> countdown(timer - 100) : this::startGame);
    }

    private void startGame() {
        phase = Phase.ACTIVE;
        cooldown = 0;
        tick = 0;
        table.tick(0, 1.0);
        table.broadcastState(GameMessages.tickZero(view()), true);
        after(250, () -> tick(1));
    }

    private void tick(int next) {
        if (next >= game.rugTick()) {
            rug();
            return;
        }
        tick = next;
        double price = game.priceAt(next);
        pricesSoFar.add(price);
        table.tick(tick, price);
        table.botsTrade(random);
        table.broadcastState(GameMessages.standard(view()), true);
        table.markAll(price);   // after the broadcast: the real leaderboard is one tick behind (protocol.md §2.1.3)
        after(250, () -> tick(next + 1));
    }

    private void rug() {
        tick = game.rugTick();
        phase = Phase.RUGGED;
        pricesSoFar.add(game.rugPrice());
        table.broadcastState(GameMessages.standard(view()), false);
        table.settleRug(tick, game.rugPrice(), clock.millis());
        finalStandings = table.leaderboard();
        synchronized (log) {
            if (log.size() == LOGGED_GAMES) {
                log.removeFirst();
            }
            log.add(new GameRecord(game.gameId(), game.serverSeed(), game.serverSeedHash(), game.pricesWithRug(),
                    game.rugTick(), game.rugPrice(), game.peakMultiplier()));
        }
        LOG.debug("game {} rugged at tick {} (price {})", game.gameId(), tick, game.rugPrice());
        after(1000, this::rugExtended);
    }

    private void rugExtended() {
        tick = game.rugTick() + 1;
        table.broadcastState(GameMessages.extended(view(), false), false);
        SimGame finished = game;
        List<Map<String, Object>> sidebets = table.takeGameSidebets();
        long endedAt = clock.millis();
        after(300, () -> {
            history.addFirst(GameMessages.historyEntry(finished, endedAt, sidebets));
            while (history.size() > HISTORY_SIZE) {
                history.removeLast();
            }
            newGame();
        });
    }

    private GameMessages.View view() {
        boolean active = phase == Phase.ACTIVE || phase == Phase.RUGGED;
        boolean presale = phase == Phase.PRESALE;
        List<Map<String, Object>> board;
        if (phase == Phase.COOLDOWN) {
            board = finalStandings;
        } else if (phase == Phase.ACTIVE && tick == 0) {
            board = List.of();
        } else {
            board = table.leaderboard();
        }
        double price = active ? pricesSoFar.get(pricesSoFar.size() - 1) : 1.0;
        return new GameMessages.View(game, tick, price, active, phase == Phase.RUGGED, active ? 0 : cooldown,
                presale, board, table.connectedPlayers(), table.tradeCount(), List.copyOf(history), List.copyOf(pricesSoFar));
    }

    /** Runs {@code action} on the loop thread. */
    void execute(Consumer<SimGameLoop> action) {
        loop.execute(() -> {
            try {
                action.accept(this);
            } catch (RuntimeException bug) {
                LOG.error("simulator request failed", bug);
            }
        });
    }

    static Comparator<SimPlayer> byPnlDescending() {
        return Comparator.comparing((SimPlayer p) -> p.account().pnl()).reversed();
    }
}
