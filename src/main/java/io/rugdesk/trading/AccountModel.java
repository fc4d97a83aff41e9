package io.rugdesk.trading;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.MissedRugRevealed;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.SidebetPlacement;
import io.rugdesk.trading.PendingOrder.TickPrice;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the local account: the confirmed {@link PlayerAccount} plus the orders in flight, applied
 * optimistically on top. Follows the game (new game, ticks, sidebet expiry, liquidation at the rug), commits
 * or rolls back orders for the {@link TradingController}, and matches server states for the verifier.
 *
 * <p>The model has no baseline until the first server state is adopted ({@link #adopt}); until then
 * {@link #expected()} is empty. Thread: domain thread.
 */
public final class AccountModel {

    private static final Logger LOG = LoggerFactory.getLogger(AccountModel.class);
    private static final int RECENT_TICKS = 3;

    /**
     * A server state matched against the local model: the local figures it is compared with, and the orders
     * this update showed executed for the first time.
     */
    public record Match(AccountFigures local, List<OrderSeenInServerState> newlySeen) { }

    private final EventBus bus;
    private PlayerAccount confirmed;
    private PlayerAccount lastPublished;
    private int lastPublishedPending;
    private final Map<Long, PendingOrder> pending = new LinkedHashMap<>();
    private Phase phase = Phase.UNKNOWN;
    private String gameId;
    private String resetForGame;
    private final ArrayDeque<TickPrice> recentTicks = new ArrayDeque<>();
    /**
     * After a rug until the next game: the account half-way through the server's settlement (sidebet settled but
     * position not yet sold, or the other way round). The server settles the two one after the other and may
     * report each step in its own {@code playerUpdate}; the local model applies both at once.
     */
    private List<PlayerAccount> rugSettlementSteps = List.of();
    /**
     * Orders still waiting for their ACK that a server state showed executed before a rug: they are part of the
     * confirmed state since the rug (the position they made was liquidated with the rest), so they are no longer
     * applied on top of it.
     */
    private final Set<Long> settledAtRug = new HashSet<>();
    /**
     * The current game's rug tick once its rugged message is seen, else null: from that tick on no sidebet expires
     * with the ticks, the rug settles it (a rug at the window's end tick wins, protocol.md §4.7).
     */
    private Integer rugTick;
    /**
     * The account as a game left unrugged (a lost connection) ended here, while it held a position or a sidebet of
     * that game: the server liquidated them at the rug, which its {@link MissedRugRevealed} settles late.
     */
    private Abandoned abandoned;

    private record Abandoned(String gameId, PlayerAccount atEnd) { }

    public AccountModel(EventBus bus) {
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    /** Subscribes to the game's facts (new game, ticks, the rug); the handle unsubscribes. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
        handles.add(bus.subscribe(PhaseChanged.class, this::onPhaseChanged));
        handles.add(bus.subscribe(GameStarted.class, this::onGameStarted));
        handles.add(bus.subscribe(TickObserved.class, this::onTick));
        handles.add(bus.subscribe(GameEnded.class, this::onGameEnded));
        handles.add(bus.subscribe(MissedRugRevealed.class, this::onMissedRug));
        return handles;
    }

    public Phase phase() {
        return phase;
    }

    /** The current game's id, null before the first. */
    public String gameId() {
        return gameId;
    }

    /** The latest tick and price seen, empty before the first. */
    public Optional<TickPrice> lastTick() {
        return Optional.ofNullable(recentTicks.peekLast());
    }

    public boolean hasBaseline() {
        return confirmed != null;
    }

    /** The state the server has confirmed (empty before the first server state). */
    public Optional<PlayerAccount> confirmed() {
        return Optional.ofNullable(confirmed);
    }

    /** What the user sees: the confirmed state with every order in flight applied where it is assumed to run. */
    public Optional<PlayerAccount> expected() {
        if (confirmed == null) {
            return Optional.empty();
        }
        PlayerAccount state = confirmed;
        for (PendingOrder order : inFlight()) {
            // an order the rules refuse here is shown as not executed: its ACK or the verifier settles it
            state = applyAt(order, state, order.assumedExecution()).state();
        }
        TickPrice last = recentTicks.peekLast();
        return Optional.of(last == null ? state : expiredAt(state, last.tick()));
    }

    /**
     * {@code order} applied to {@code state} at {@code at}, a sidebet whose window ends at or before {@code at} lost
     * first: the server settles expiries tick by tick (protocol.md §4.7), so an order executed before the end tick
     * still sees the sidebet open (it counts in totalInvested) and one executed at or after it sees the stake lost.
     */
    private static PendingOrder.Application applyAt(PendingOrder order, PlayerAccount state, TickPrice at) {
        return order.applyTo(state.expireSidebet(at.tick()), at);
    }

    /**
     * The confirmed sidebet expires with the ticks only while no order is in flight: an order the server executed
     * inside the window, acknowledged after it (under load), must still be applied to the account with the
     * sidebet open. {@link #expected()} shows the expiry meanwhile.
     */
    private void expireConfirmedSidebet() {
        TickPrice last = recentTicks.peekLast();
        if (confirmed != null && last != null && inFlight().isEmpty()) {
            confirmed = expiredAt(confirmed, last.tick());
        }
    }

    /** {@code state} with its sidebet lost at running tick {@code tick}; at or after the rug's tick unchanged. */
    private PlayerAccount expiredAt(PlayerAccount state, int tick) {
        return rugTick != null && tick >= rugTick ? state : state.expireSidebet(tick);
    }

    /** The pending orders not yet part of the confirmed state, oldest first (a view: no copy on every tick). */
    private Collection<PendingOrder> inFlight() {
        if (settledAtRug.isEmpty()) {
            return pending.values();
        }
        return pending.values().stream().filter(order -> !settledAtRug.contains(order.orderId())).toList();
    }

    public Collection<PendingOrder> pending() {
        return List.copyOf(pending.values());
    }

    public Optional<PendingOrder> pending(long orderId) {
        return Optional.ofNullable(pending.get(orderId));
    }

    /**
     * Records an order just sent, executing (as far as we know) at {@code at}; {@code atTheServersTick}: see
     * {@link OrderGateway#executesAtTheServersTick()}.
     */
    PendingOrder submit(Stamp stamp, long orderId, OrderKind kind, BigDecimal amount, int percentage, long submittedAtMillis,
                        boolean atTheServersTick, TickPrice at) {
        PendingOrder order = new PendingOrder(orderId, kind, amount, percentage, submittedAtMillis, atTheServersTick,
                List.of(at), null);
        pending.put(orderId, order);
        publishIfChanged(stamp);
        return order;
    }

    /**
     * The server confirmed the order: it becomes part of the confirmed state, at the execution point a server
     * state showed (else the request's tick); a sidebet takes the window the ACK reports.
     */
    Optional<PendingOrder> commit(Stamp stamp, long orderId, SidebetPlacement placement) {
        PendingOrder order = pending.remove(orderId);
        if (order == null) {
            return Optional.empty();
        }
        if (settledAtRug.remove(orderId)) {
            publishIfChanged(stamp);
            return Optional.of(order);
        }
        if (confirmed != null) {
            confirmed = applyExecuted(stamp, confirmed, order, order.assumedExecution());
            if (order.kind() == OrderKind.SIDEBET && placement != null && placement.endTick() > 0) {
                confirmed = confirmed.withSidebetWindow(placement.startTick(), placement.endTick());
            }
            expireConfirmedSidebet();
        }
        publishIfChanged(stamp);
        return Optional.of(order);
    }

    /**
     * An order the server executed becomes part of {@code state}; when the local rules refuse it there, the
     * account goes on without it and {@link ConfirmedOrderNotApplied} says so (a drift with its reason).
     */
    private PlayerAccount applyExecuted(Stamp stamp, PlayerAccount state, PendingOrder order, TickPrice at) {
        PendingOrder.Application application = applyAt(order, state, at);
        if (!application.applied()) {
            LOG.warn("order {} ({}) executed by the server cannot be applied to the local account at tick {}: {}",
                    order.orderId(), order.kind(), at.tick(), application.refusal());
            bus.publish(new ConfirmedOrderNotApplied(stamp, order.orderId(), order.kind(), at.tick(),
                    application.refusal()));
        }
        return application.state();
    }

    /** The order failed: its optimistic effect disappears. */
    Optional<PendingOrder> rollback(Stamp stamp, long orderId) {
        Optional<PendingOrder> removed = Optional.ofNullable(pending.remove(orderId));
        if (settledAtRug.remove(orderId)) {
            LOG.warn("order {} failed after a server state showed it executed before the rug; the local account "
                    + "keeps it as the server showed it", orderId);
        }
        expireConfirmedSidebet();
        publishIfChanged(stamp);
        return removed;
    }

    /** The server's figures become the local truth; orders in flight are dropped (the server state has them). */
    public void adopt(Stamp stamp, AccountFigures server) {
        confirmed = PlayerAccount.fromServer(server, lastTick().map(TickPrice::price).orElse(null));
        resetForGame = gameId; // the server's figures already are this game's
        rugSettlementSteps = List.of();
        pending.clear();
        settledAtRug.clear();
        publishIfChanged(stamp);
    }

    private void publishIfChanged(Stamp stamp) {
        PlayerAccount now = expected().orElse(null);
        if (now != null && (!now.equals(lastPublished) || pending.size() != lastPublishedPending)) {
            lastPublished = now;
            lastPublishedPending = pending.size();
            bus.publish(new LocalAccountChanged(stamp, now, pending.size()));
        }
    }

    /**
     * Finds the local picture this server state corresponds to. Candidates: the confirmed state alone, then with
     * the first k orders in flight applied (k = 1…n), the k-th at each tick it may have executed at, P&amp;L
     * marked at that tick's price; with no order applied, at each recent tick. The closest candidate (smallest
     * largest difference, relative to {@code tolerance} per field via {@code distance}) wins; the orders it
     * applied are marked executed there, and those seen for the first time returned. After a rug, the steps of
     * its settlement are candidates too (the finished settlement wins a tie).
     */
    public Optional<Match> match(AccountFigures server, Stamp received, ToIntFunction<AccountFigures> distance) {
        if (confirmed == null) {
            return Optional.empty();
        }
        AccountFigures best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestApplied = 0;
        TickPrice bestAt = null;
        List<TickPrice> marks = recentTicks.isEmpty()
                ? List.of(new TickPrice(0, BigDecimal.ONE)) : new ArrayList<>(recentTicks);
        int latestTick = marks.get(marks.size() - 1).tick();
        List<PlayerAccount> withoutOrders = new ArrayList<>(1 + rugSettlementSteps.size());
        withoutOrders.add(confirmed);   // first: on a tie the finished settlement wins over a half-way step
        withoutOrders.addAll(rugSettlementSteps);
        for (PlayerAccount state : withoutOrders) {
            for (int i = marks.size() - 1; i >= 0; i--) {
                for (AccountFigures local : figuresAt(state, marks.get(i), latestTick)) {
                    int d = distance.applyAsInt(local);
                    if (d < bestDistance) {
                        best = local;
                        bestDistance = d;
                    }
                }
            }
        }
        PlayerAccount prefix = confirmed;
        int applied = 0;
        for (PendingOrder order : inFlight()) {
            applied++;
            List<TickPrice> points = order.executedAt() != null ? List.of(order.executedAt()) : order.candidates();
            for (TickPrice at : points) {
                PendingOrder.Application candidate = applyAt(order, prefix, at);
                if (!candidate.applied()) {
                    continue; // the server would have refused it at this tick: not where it executed
                }
                for (TickPrice mark : marksFrom(at, marks)) {
                    for (AccountFigures local : figuresAt(candidate.state(), mark, latestTick)) {
                        int d = distance.applyAsInt(local);
                        if (d < bestDistance || d == bestDistance && applied > bestApplied) {
                            best = local;
                            bestDistance = d;
                            bestApplied = applied;
                            bestAt = at;
                        }
                    }
                }
            }
            prefix = applyAt(order, prefix, order.assumedExecution()).state();
        }
        return Optional.of(new Match(best, markExecuted(bestApplied, bestAt, received)));
    }

    /**
     * The account as the server may report it with tick {@code mark}'s price: expiries up to that tick settled, or
     * up to the latest tick seen. The server settles a tick's expiries before it sends the tick (the simulator:
     * expire, {@code playerUpdate}, then {@code gameStateUpdate}), so an update with a lost stake may still mark
     * the position at an earlier price; held until that tick arrives ({@code StateVerifier}), it is matched here.
     * Never past the latest tick: a server ahead of this client is what the verifier holds.
     */
    private List<AccountFigures> figuresAt(PlayerAccount state, TickPrice mark, int latestTick) {
        PlayerAccount atMark = expiredAt(state, mark.tick());
        PlayerAccount atLatest = expiredAt(state, latestTick);
        AccountFigures marked = AccountFigures.of(atMark, mark.price());
        return atLatest.equals(atMark) ? List.of(marked) : List.of(marked, AccountFigures.of(atLatest, mark.price()));
    }

    /**
     * Where a server state showing an order executed at {@code at} may be marked: that tick, or a later recent one
     * (a settlement or another order reported while this one still waits for its ACK).
     */
    private static List<TickPrice> marksFrom(TickPrice at, List<TickPrice> recent) {
        List<TickPrice> marks = new ArrayList<>(1 + recent.size());
        marks.add(at);
        for (TickPrice mark : recent) {
            if (mark.tick() > at.tick()) {
                marks.add(mark);
            }
        }
        return marks;
    }

    private List<OrderSeenInServerState> markExecuted(int count, TickPrice lastAt, Stamp received) {
        List<OrderSeenInServerState> seen = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Long, PendingOrder> entry : pending.entrySet()) {
            if (settledAtRug.contains(entry.getKey())) {
                continue;
            }
            if (++index > count) {
                break;
            }
            PendingOrder order = entry.getValue();
            if (order.executedAt() == null) {
                TickPrice at = index == count ? lastAt : order.assumedExecution();
                entry.setValue(order.executedAt(at));
                seen.add(new OrderSeenInServerState(received, order.orderId(), at.price(), received.receivedAt()));
            }
        }
        return seen;
    }

    private void onGameStarted(GameStarted started) {
        gameId = started.gameId();
        recentTicks.clear();
        rugTick = null;
        // its announcement was missed: restart now unless we joined mid-game (then the figures are the server's)
        if (firstSightOf(started.gameId()) && confirmed != null && !started.joinedMidGame()) {
            confirmed = confirmed.newGame();
        }
        publishIfChanged(started.stamp());
    }

    /**
     * The per-game figures restart when the next game is announced (cooldown or presale of a new id), as the
     * server does, not at its first active tick: presale buys belong to the new game (protocol.md §4.5/§4.6).
     */
    private void onPhaseChanged(PhaseChanged changed) {
        phase = changed.to();
        boolean announced = changed.to() == Phase.COOLDOWN || changed.to() == Phase.PRESALE;
        if (announced && changed.gameId() != null && firstSightOf(changed.gameId()) && confirmed != null) {
            confirmed = confirmed.newGame();
            publishIfChanged(changed.stamp());
        }
    }

    /** True the first time a game id is seen: the per-game figures restart once per game, and the rug is past. */
    private boolean firstSightOf(String newGameId) {
        if (newGameId.equals(resetForGame)) {
            return false;
        }
        resetForGame = newGameId;
        rugSettlementSteps = List.of();
        rugTick = null;
        return true;
    }

    private void onTick(TickObserved observed) {
        gameId = observed.gameId();
        TickPrice tick = new TickPrice(observed.tick(), observed.price());
        recentTicks.addLast(tick);
        while (recentTicks.size() > RECENT_TICKS) {
            recentTicks.removeFirst();
        }
        if (observed.phase() == Phase.RUGGED && rugTick == null) {
            rugTick = observed.tick();
        }
        expireConfirmedSidebet();
        long receivedAt = observed.stamp().receivedAt();
        pending.replaceAll((id, order) -> order.withCandidate(tick, receivedAt < order.submittedAtMillis()));
        publishIfChanged(observed.stamp());
    }

    private void onGameEnded(GameEnded ended) {
        if (confirmed == null) {
            return;
        }
        if (ended.reason() == GameEnded.Reason.ABANDONED) {
            boolean exposed = confirmed.hasPosition() || confirmed.hasOpenSidebet();
            abandoned = exposed && ended.gameId().equals(gameId) ? new Abandoned(ended.gameId(), confirmed) : null;
            return;
        }
        if (ended.rugPrice() == null || ended.rugTick() == null) {
            LOG.warn("rug without price or tick, local position not liquidated: {}", ended);
            return;
        }
        settleRug(ended.stamp(), ended.rugTick(), ended.rugPrice());
    }

    /**
     * A rug this client did not see. Revealed before its game ended here (the same message): settled as a seen
     * rug, so the game's end finds nothing left. Revealed after it (the per-game figures already restarted): the
     * cash the server paid for the position and a won sidebet is credited to the account as it is now.
     */
    private void onMissedRug(MissedRugRevealed revealed) {
        if (confirmed == null) {
            return;
        }
        if (revealed.gameId().equals(gameId)) {
            settleRug(revealed.stamp(), revealed.rugTick(), revealed.rugPrice());
        } else if (abandoned != null && abandoned.gameId().equals(revealed.gameId())) {
            PlayerAccount atEnd = abandoned.atEnd();
            PlayerAccount settled = atEnd.liquidateAtRug(revealed.rugPrice(), revealed.rugTick());
            BigDecimal paid = settled.cash().subtract(atEnd.cash());
            LOG.info("rug of game {} missed (tick {}, price {}): {} SOL credited as the server settled it",
                    revealed.gameId(), revealed.rugTick(), revealed.rugPrice(), paid.toPlainString());
            confirmed = confirmed.credited(paid);
            publishIfChanged(revealed.stamp());
        }
        abandoned = null;
    }

    /** The rug at {@code rugTick}/{@code rugPrice}: the position is sold and a sidebet settled, as the server does. */
    private void settleRug(Stamp stamp, int rugTick, BigDecimal rugPrice) {
        if (this.rugTick == null) {
            this.rugTick = rugTick;
        }
        PlayerAccount beforeRug = confirmed;
        for (PendingOrder order : inFlight()) {
            if (order.executedAt() != null) {
                beforeRug = applyExecuted(stamp, beforeRug, order, order.executedAt());
                settledAtRug.add(order.orderId());
            }
        }
        confirmed = beforeRug.liquidateAtRug(rugPrice, rugTick);
        rugSettlementSteps = List.of(beforeRug.settleSidebetAtRug(rugTick),
                beforeRug.liquidatePosition(rugPrice));
        publishIfChanged(stamp);
    }
}
