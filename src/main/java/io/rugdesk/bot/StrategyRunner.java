package io.rugdesk.bot;

import io.rugdesk.backtest.FillRow;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.GameTally;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.MissedRugRevealed;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.risk.EmergencyStopEngaged;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.risk.RiskGuard;
import io.rugdesk.risk.RiskRefusal;
import io.rugdesk.strategy.GameEnd;
import io.rugdesk.strategy.GameStart;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.TickView;
import io.rugdesk.trading.StrategyFilled;
import io.rugdesk.trading.TradingPermissionChanged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs one strategy on the live feed. Per new running tick of the game it joined (a game joined mid-game counts
 * from its first observed tick; late and repeated ticks are never shown): the route's market moves, the strategy
 * sees the tick and its account, and each intent passes the {@link RiskControl}, then the {@link OrderRoute}
 * (paper: filled at this tick's price; live: sent to the trading controller). Every decision is published as
 * {@link StrategyDecided}; every rugged game becomes a {@link GameResult} (the backtest's report row).
 *
 * <p>A strategy that throws or returns nonsense (a null list or intent, a negative amount, 0 %: the intent
 * factories reject them) is stopped with the reason ({@link StrategyStopped}); the games are still settled and
 * reported. A lost connection pauses it until the first tick after the feed is connected again, so it never acts
 * on a stale price; live, it also waits until the trading gate lets orders through again and every order it sent
 * before was answered (an answer lost with the connection ends in its ACK timeout). The emergency stop stops
 * it (and the paper route sells when the settings say so; live, the risk control sends the sell). Every row of a
 * game's report is also published as {@link StrategyFilled}, which the recorder writes into the game's file. A game
 * that starts while the live account is not known yet is not played (there is no balance to count it from). A game
 * whose rug fell during a lost connection is settled at the rug its gameHistory reveals ({@link MissedRugRevealed}),
 * else at the last price seen and marked failed.
 *
 * <p>Thread: the domain thread only (constructor included).
 */
public final class StrategyRunner implements AutoCloseable {

    private final EventBus bus;
    private final String name;
    private final OrderRoute route;
    private final RiskControl risk;
    private final String source;
    private final Consumer<GameResult> onGame;
    private final LongSupplier clockMillis;
    private long staleTicks;
    private final Subscriptions handles = new Subscriptions();
    private final List<GameResult> results = new ArrayList<>();
    private Strategy strategy;
    private String stoppedWhy;
    private boolean paused;
    private GameTally tally;
    private List<BigDecimal> prices = new ArrayList<>();
    private int lastTick = -1;
    private BigDecimal sessionPnl = BigDecimal.ZERO;
    /**
     * Live: set by a lost connection, cleared on the first tick after the trading gate let orders through again
     * ({@link #gateReopened}) and every order sent before was answered.
     */
    private boolean awaitingGate;
    private boolean gateReopened;
    private Stamp lastStamp = Stamp.local(0, 0);
    /** The rug of the game being played, revealed by gameHistory after a lost connection hid it (else null). */
    private MissedRugRevealed missedRug;

    /**
     * Live, a tick that reached the strategy this long after it was received is not decided on: the domain thread is
     * behind the feed, the server's price is already elsewhere (and the account model could not tell at which of
     * the many ticks in between the order executed).
     */
    public static final long MAX_DECISION_LAG_MILLIS = 500;

    /**
     * As the full constructor, with the wall clock ({@link System#currentTimeMillis()}) for the decision lag.
     *
     * @param source  what the games came from, for the report (the server's label)
     * @param onGame  told of every finished game, after it is added to {@link #results()}
     */
    public StrategyRunner(EventBus bus, String name, Strategy strategy, OrderRoute route, RiskControl risk,
            String source, Consumer<GameResult> onGame) {
        this(bus, name, strategy, route, risk, source, onGame, System::currentTimeMillis);
    }

    /**
     * @param clockMillis the clock of {@link Stamp#receivedAt()}: live, a tick older than
     *                    {@link #MAX_DECISION_LAG_MILLIS} is shown to the market but not to the strategy
     */
    public StrategyRunner(EventBus bus, String name, Strategy strategy, OrderRoute route, RiskControl risk,
            String source, Consumer<GameResult> onGame, LongSupplier clockMillis) {
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.name = Objects.requireNonNull(name, "name");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.route = Objects.requireNonNull(route, "route");
        this.risk = Objects.requireNonNull(risk, "risk");
        this.source = source;
        this.onGame = Objects.requireNonNull(onGame, "onGame");
        handles.add(bus.subscribe(GameStarted.class, this::onGameStarted));
        handles.add(bus.subscribe(TickObserved.class, this::onTick));
        handles.add(bus.subscribe(GameEnded.class, this::onGameEnded));
        handles.add(bus.subscribe(MissedRugRevealed.class, revealed -> missedRug = revealed));
        handles.add(bus.subscribe(Disconnected.class, e -> {
            paused = true;
            awaitingGate = route.live();
            gateReopened = false;
        }));
        handles.add(bus.subscribe(TradingPermissionChanged.class, this::onPermission));
        handles.add(bus.subscribe(EmergencyStopEngaged.class, this::onEmergencyStop));
        handles.add(bus.subscribe(RequestStopStrategy.class, stop -> stop(stop.stamp(), stop.why())));
    }

    /** The finished games so far, in order. */
    public List<GameResult> results() {
        return Collections.unmodifiableList(results);
    }

    /**
     * The finished games and, when the run ends inside a game in which it traded, that game too (marked failed
     * "stopped before the rug", valued at the cash now), so the report's end balance is the account's.
     */
    public List<GameResult> resultsAtEnd() {
        if (tally == null || !tally.traded()) {
            return results();
        }
        List<GameResult> all = new ArrayList<>(results);
        tally.failed("stopped before the rug (tick " + lastTick + ")");
        all.add(tally.result(Math.max(lastTick, 0), prices.isEmpty() ? BigDecimal.ONE
                : prices.get(prices.size() - 1), route.cash()));
        return all;
    }

    /** Live: ticks not shown to the strategy because they were stale when their turn came (the domain was late). */
    public long staleTicks() {
        return staleTicks;
    }

    /** Why the strategy was stopped, or null while it runs. */
    public String stoppedWhy() {
        return stoppedWhy;
    }

    public boolean running() {
        return strategy != null;
    }

    /**
     * Paused by a lost connection: resumes on the first tick after it is back (live: and after the trading gate
     * let orders through again, that is once the server's account state is in).
     */
    public boolean paused() {
        return paused;
    }

    private void onGameStarted(GameStarted started) {
        lastStamp = started.stamp();
        BigDecimal startBalance = route.cash();
        if (startBalance == null) {   // live, before the server named the account: nothing to count it from
            tally = null;
            return;
        }
        tally = new GameTally(results.size(), started.gameId(), source, started.tick(), started.joinedMidGame(),
                startBalance, this::filled);
        prices = new ArrayList<>();
        lastTick = -1;
        route.gameStarted(started.gameId(), tally);
        if (!route.live()) {   // live, the risk control follows the games itself
            risk.gameBegan();
        }
        if (strategy != null) {
            try {
                strategy.onGameStart(new GameStart(started.gameId(), started.tick(), started.joinedMidGame(),
                        route.view(sessionPnl)));
            } catch (RuntimeException e) {
                failed(started.stamp(), e);
            }
        }
    }

    private void onTick(TickObserved observed) {
        if (tally == null || !tally.gameId().equals(observed.gameId())) {
            return;   // a game's start comes before its first active tick: this one is not being played
        }
        if (observed.phase() == Phase.PRESALE) {
            route.presale();
            return;
        }
        if (observed.phase() != Phase.ACTIVE || observed.tick() <= lastTick) {
            return;
        }
        lastStamp = observed.stamp();
        lastTick = observed.tick();
        prices.add(observed.price());
        tally.ticked();
        route.ticked(observed.tick(), observed.price(), tally);
        if (awaitingGate && gateReopened && route.ordersSettled()) {
            awaitingGate = false;
        }
        if (!awaitingGate) {
            paused = false;   // a fresh tick of the running game: connected and in sync
        }
        if (strategy == null || paused) {   // live: the gate is not open again yet after a lost connection
            return;
        }
        if (route.live() && clockMillis.getAsLong() - observed.stamp().receivedAt() > MAX_DECISION_LAG_MILLIS) {
            staleTicks++;   // the strategy decides on the ticks that are still current, once the backlog is gone
            return;
        }
        List<Intent> intents;
        try {
            intents = strategy.onTick(new TickView(observed.gameId(), io.rugdesk.strategy.Phase.ACTIVE,
                    observed.tick(), Collections.unmodifiableList(prices), route.view(sessionPnl)));
            if (intents == null) {
                throw new IllegalArgumentException("the strategy returned no list (null) instead of intents");
            }
        } catch (RuntimeException e) {
            failed(observed.stamp(), e);
            return;
        }
        for (Intent intent : intents) {
            if (intent == null) {
                failed(observed.stamp(), new IllegalArgumentException("the strategy returned a null intent"));
                return;
            }
            execute(observed, intent);
        }
    }

    private void execute(TickObserved observed, Intent intent) {
        RiskGuard.Order order = switch (intent.kind()) {
            case BUY -> RiskGuard.Order.BUY;
            case SELL -> RiskGuard.Order.SELL;
            case SIDEBET -> RiskGuard.Order.SIDEBET;
        };
        RiskRefusal refusal = route.live() ? null
                : risk.check(order, intent.amount(), route.book(), true, observed.stamp());
        String outcome;
        String detail;
        if (refusal != null) {
            tally.refused(refusal.reason().code());
            outcome = "REFUSED";
            detail = refusal.message();
        } else {
            String refused = route.place(intent, observed.tick(), tally);
            outcome = refused != null ? "REFUSED" : route.live() ? "SENT" : "FILLED";
            detail = refused != null ? refused : "at " + observed.price().toPlainString();
        }
        bus.publish(new StrategyDecided(observed.stamp(), observed.gameId(), observed.tick(), intent.toString(),
                outcome, detail));
    }

    private void onGameEnded(GameEnded ended) {
        if (tally == null || !tally.gameId().equals(ended.gameId())) {
            return;
        }
        lastStamp = ended.stamp();
        GameTally game = tally;
        tally = null;
        MissedRugRevealed revealed = missedRug;
        missedRug = null;
        int rugTick;
        BigDecimal rugPrice;
        if (ended.reason() == GameEnded.Reason.RUGGED) {
            rugTick = ended.rugTick();
            rugPrice = ended.rugPrice();
        } else if (revealed != null && revealed.gameId().equals(ended.gameId())) {
            // the rug fell while disconnected; the server's history says where: settled there, as the server did
            rugTick = revealed.rugTick();
            rugPrice = revealed.rugPrice();
        } else {   // no rug seen: settled at the last price seen, and said so
            rugTick = Math.max(lastTick, 0);
            rugPrice = prices.isEmpty() ? BigDecimal.ONE : prices.get(prices.size() - 1);
            game.failed("abandoned: the game's rug was never seen; settled at the last price seen");
        }
        route.rugged(rugTick, rugPrice, game);
        GameResult result = game.result(rugTick, rugPrice, route.cash());
        results.add(result);
        sessionPnl = sessionPnl.add(result.pnl());
        if (!route.live()) {
            risk.gameSettled(ended.stamp());
        }
        if (strategy != null) {
            try {
                strategy.onGameEnd(new GameEnd(ended.gameId(), rugTick, rugPrice, result.pnl(),
                        route.view(sessionPnl)));
            } catch (RuntimeException e) {
                failed(ended.stamp(), e);
            }
        }
        onGame.accept(result);
    }

    /** Live: the first verdict that lets a buy or a sell through again after a lost connection. */
    private void onPermission(TradingPermissionChanged permission) {
        if (awaitingGate && (permission.buy().allowed() || permission.sell().allowed())) {
            gateReopened = true;
        }
    }

    /** Every row of the game's report (a fill, a sidebet, its settlement) is also a fact for the recording. */
    private void filled(FillRow row) {
        bus.publish(new StrategyFilled(lastStamp, row.gameId(), !route.live(), name, row.decidedTick(), row.tick(),
                row.kind(), row.expectedPrice(), row.price(), row.qty(), row.amount(), row.cashAfter(),
                row.reason()));
    }

    private void onEmergencyStop(EmergencyStopEngaged engaged) {
        stop(engaged.stamp(), "emergency stop" + (engaged.why() == null ? "" : ": " + engaged.why()));
        if (engaged.sellPosition() && !route.live()) {
            route.sellAll(tally);
        }
    }

    private void failed(Stamp stamp, RuntimeException e) {
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (tally != null) {
            tally.failed(why);
        }
        stop(stamp, "the strategy failed: " + why);
    }

    private void stop(Stamp stamp, String why) {
        if (strategy == null) {
            return;
        }
        strategy = null;
        stoppedWhy = why;
        bus.publish(new StrategyStopped(stamp, name, why));
    }

    @Override
    public void close() {
        handles.close();
    }
}
