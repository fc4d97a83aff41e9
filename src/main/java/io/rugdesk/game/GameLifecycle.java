package io.rugdesk.game;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.GameHistoryEntry;
import io.rugdesk.protocol.GameStateUpdate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The phase machine: turns the stream of {@code gameStateUpdate}s into game facts (protocol.md §4.1–§4.2).
 *
 * <p>Per message: phase = RUGGED if {@code rugged}, else ACTIVE if {@code active}, else PRESALE if
 * {@code allowPreRoundBuys} or {@code 0 < cooldownTimer <= 10000}, else COOLDOWN if {@code cooldownTimer > 10000};
 * any other message is not decisive and keeps the phase (UNKNOWN until the first decisive one). Within one game
 * the phases only move forward (COOLDOWN → PRESALE → ACTIVE → RUGGED): a skipped phase is a feed gap (anomaly,
 * accepted), a step backwards or a regressing tick is a stale message (anomaly, ignored). A message of a game this
 * client already left (the real reordering of a late rug message, fixtures/README.md seq 263/264) is ignored apart
 * from the seeds its {@code gameHistory} reveals, so it never makes a phantom game, a second start or end.
 *
 * <p>Publishes {@link PhaseChanged}, {@link GameStarted} and {@link GameEnded} (each exactly once per game),
 * {@link TickObserved}, {@link TickArrivedLate} (a late price, ignored here), {@link SeedRevealed},
 * {@link MissedRugRevealed} (the rug of a game left unrugged, from its gameHistory entry),
 * {@link GamePricesResynced} (a snapshot's price history of the running game) and {@link PhaseAnomaly}.
 *
 * <p>Thread: the domain thread only (subscriber on the {@link EventBus}); the read-only accessors are meant for
 * the domain thread too. No locks.
 */
public final class GameLifecycle {

    /** How many game ids are remembered (seen, left, revealed); gameHistory holds the last 10 games. */
    static final int REMEMBERED_GAMES = 256;

    private final EventBus bus;
    private final BoundedIdSet seenGames = new BoundedIdSet(REMEMBERED_GAMES);
    private final BoundedIdSet leftGames = new BoundedIdSet(REMEMBERED_GAMES);
    private final BoundedIdSet revealedGames = new BoundedIdSet(REMEMBERED_GAMES);
    /** Games left before their rug was seen, and those of them whose rug a gameHistory has revealed. */
    private final BoundedIdSet missedRugs = new BoundedIdSet(REMEMBERED_GAMES);
    private final BoundedIdSet revealedRugs = new BoundedIdSet(REMEMBERED_GAMES);

    private String gameId;
    private Phase phase = Phase.UNKNOWN;
    private boolean started;
    private boolean ended;
    private int lastTick = -1;
    private BigDecimal lastTickPrice;
    private long anomalies;

    public GameLifecycle(EventBus bus) {
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    /** Starts listening to {@code gameStateUpdate}s; closing the handle stops it. */
    public AutoCloseable start() {
        return bus.subscribe(GameStateUpdate.class, this::onGameState);
    }

    private void onGameState(GameStateUpdate update) {
        if (update.gameId().equals(gameId)) {
            followCurrentGame(update);
        } else if (leftGames.contains(update.gameId())) {
            anomaly(update, update.gameId(), PhaseAnomaly.Kind.OTHER,
                    "late message of game " + update.gameId() + ", already left; ignored");
        } else {
            enterNewGame(update);
        }
        revealSeeds(update);
        revealMissedRugs(update);
    }

    private void enterNewGame(GameStateUpdate update) {
        Phase next = phaseOf(update);
        if (gameId != null) {
            if (!ended && (phase == Phase.PRESALE || phase == Phase.ACTIVE)) {
                missedRugs.add(gameId);
                revealMissedRugs(update);   // before the end: the left game's facts all precede the new one's
            }
            if (started && !ended) {
                bus.publish(new GameEnded(update.stamp(), gameId, GameEnded.Reason.ABANDONED, null, null));
            }
            leftGames.add(gameId);
            if (phase != Phase.UNKNOWN && !(phase == Phase.RUGGED && next == Phase.COOLDOWN)) {
                anomaly(update, update.gameId(), PhaseAnomaly.Kind.ILLEGAL_TRANSITION,
                        "new game " + update.gameId() + " in " + next + " while " + gameId + " was " + phase);
            }
        }
        gameId = update.gameId();
        seenGames.add(gameId);
        started = false;
        ended = false;
        lastTick = -1;
        lastTickPrice = null;
        Phase previous = phase;
        phase = next;
        if (phase != previous || previous != Phase.UNKNOWN) {
            bus.publish(new PhaseChanged(update.stamp(), gameId, previous, phase));
        }
        observe(update);
    }

    private void followCurrentGame(GameStateUpdate update) {
        if (update.active() && update.tickCount() < lastTick) {
            anomaly(update, gameId, PhaseAnomaly.Kind.TICK_REGRESSION,
                    "tick " + update.tickCount() + " after tick " + lastTick + "; ignored");
            if (update.price() != null) {
                bus.publish(new TickArrivedLate(update.stamp(), gameId, update.tickCount(), update.price(), phase,
                        lastTick));
            }
            return;
        }
        Phase next = phaseOf(update);
        if (next != Phase.UNKNOWN && next != phase) {
            if (phase != Phase.UNKNOWN && next.ordinal() < phase.ordinal()) {
                anomaly(update, gameId, PhaseAnomaly.Kind.ILLEGAL_TRANSITION,
                        phase + " → " + next + " within one game (stale message); ignored");
                return;
            }
            if (phase != Phase.UNKNOWN && next.ordinal() > phase.ordinal() + 1) {
                anomaly(update, gameId, PhaseAnomaly.Kind.ILLEGAL_TRANSITION,
                        phase + " → " + next + " skips a phase (feed gap)");
            }
            bus.publish(new PhaseChanged(update.stamp(), gameId, phase, next));
            phase = next;
        }
        observe(update);
    }

    /**
     * Start, ticks and end of the current game from a message already accepted as current, in that order: a
     * game's {@link GameStarted} precedes every ACTIVE {@link TickObserved} of it (ADR 0018).
     */
    private void observe(GameStateUpdate update) {
        Stamp stamp = update.stamp();
        // the start first: a subscriber opening its game on GameStarted gets that game's first active price too
        if (phase == Phase.ACTIVE && !started && update.active() && !update.rugged()) {
            started = true;
            int tick = update.tickCount();
            bus.publish(new GameStarted(stamp, gameId, tick, tick > 0, update.serverSeedHash()));
        }
        if (update.price() != null && (update.active() || lastTick < 0)) {
            int tick = update.tickCount();
            if (tick > lastTick) {
                lastTick = tick;
                lastTickPrice = update.price();
                bus.publish(new TickObserved(stamp, gameId, tick, update.price(), phase));
            } else if (tick == lastTick && update.active() && lastTickPrice != null
                    && update.price().compareTo(lastTickPrice) != 0 && !update.rugged()) {
                anomaly(update, gameId, PhaseAnomaly.Kind.DUPLICATE_TICK,
                        "tick " + tick + " repeated with price " + update.price() + " (was " + lastTickPrice + ")");
            }
        }
        // the server's history of the game so far: only a connect snapshot carries it ([1] in cooldown: skipped)
        if (update.active() && !update.prices().isEmpty()) {
            bus.publish(new GamePricesResynced(stamp, gameId, update.prices()));
        }
        if (phase == Phase.RUGGED && !ended && update.rugged()) {
            ended = true;
            bus.publish(new GameEnded(stamp, gameId, GameEnded.Reason.RUGGED, update.tickCount(), update.price()));
        }
    }

    private void revealSeeds(GameStateUpdate update) {
        for (GameHistoryEntry entry : update.gameHistory()) {
            String id = entry.id();
            if (id != null && entry.serverSeed() != null && seenGames.contains(id) && revealedGames.add(id)) {
                bus.publish(new SeedRevealed(update.stamp(), id, entry.serverSeed(), entry.serverSeedHash(),
                        entry.prices()));
            }
        }
    }

    /** {@link MissedRugRevealed} for each left, unrugged game this message's history holds with its prices. */
    private void revealMissedRugs(GameStateUpdate update) {
        for (GameHistoryEntry entry : update.gameHistory()) {
            String id = entry.id();
            if (id != null && !entry.prices().isEmpty() && missedRugs.contains(id) && revealedRugs.add(id)) {
                List<BigDecimal> prices = entry.prices();
                bus.publish(new MissedRugRevealed(update.stamp(), id, prices.size() - 1,
                        prices.get(prices.size() - 1)));
            }
        }
    }

    /** The phase one message says the game is in (protocol.md §4.1: rugged is checked before active). */
    static Phase phaseOf(GameStateUpdate update) {
        if (update.rugged()) {
            return Phase.RUGGED;
        }
        if (update.active()) {
            return Phase.ACTIVE;
        }
        int cooldown = update.cooldownTimer();
        if (update.allowPreRoundBuys() || (cooldown > 0 && cooldown <= 10_000)) {
            return Phase.PRESALE;
        }
        return cooldown > 10_000 ? Phase.COOLDOWN : Phase.UNKNOWN;
    }

    private void anomaly(GameStateUpdate update, String game, PhaseAnomaly.Kind kind, String detail) {
        anomalies++;
        bus.publish(new PhaseAnomaly(update.stamp(), game, kind, detail));
    }

    /** The current phase (UNKNOWN before the first decisive message). */
    public Phase phase() {
        return phase;
    }

    /** The current game id, or null before the first message. */
    public String gameId() {
        return gameId;
    }

    /** Anomalies published so far. */
    public long anomalyCount() {
        return anomalies;
    }
}
