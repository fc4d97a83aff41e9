package io.rugdesk.bot;

import io.rugdesk.backtest.GameTally;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.exchange.Account;
import io.rugdesk.exchange.Sidebet;
import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.OpenSidebet;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.SidebetPlacement;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.strategy.Intent;
import io.rugdesk.trading.OrderGateway;
import io.rugdesk.trading.OrderGuard;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.ServerStateUpdated;
import io.rugdesk.trading.TradeCommand;
import io.rugdesk.trading.TradingController;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The paper exchange of a window session: a {@link PaperRoute} (the exchange core's rules, fills at the tick's
 * price) that follows the live game from the bus and takes the {@link TradingController}'s orders in place of the
 * server ({@link OrderGateway}). It answers like the server does: the account's new figures as a
 * {@link ServerStateUpdated} (player id {@code paper:…}), then the ACK; settlements (a sidebet's expiry, the rug)
 * publish the figures too. So the client's local model and the {@link io.rugdesk.verify.StateVerifier} keep
 * working unchanged, and the drift indicator compares the local model against this paper exchange.
 *
 * <p>Every order reaching it passed the controller and its risk guard; {@link #guarding} wraps the guard to learn
 * which request is being sent (the controller asks the guard right before it sends). A strategy's requests are
 * announced by {@link ControllerRoute}: their fills go into the strategy's {@link GameTally} and a
 * {@link StrategyDecided} (FILLED or REFUSED) follows the runner's SENT line.
 *
 * <p>The desk follows the market all the time; only while {@link #active} does it publish figures (paper mode of
 * the window). {@code keep} is told the cash after every settled game (the app keeps it between runs).
 *
 * <p>Thread: the domain thread only, the ACK callback included (it only publishes).
 */
public final class PaperDesk implements OrderGateway {

    /** Prefix of the player id the paper figures carry. */
    public static final String PLAYER_PREFIX = "paper:";
    private static final String MANUAL = "manual";

    /** A strategy's request on its way through the controller. */
    private record Expected(Intent intent, int decidedTick, GameTally tally) { }

    private final EventBus bus;
    private final Consumer<BigDecimal> keep;
    private final LongSupplier clockMillis;
    private final Map<TradeCommand, Expected> expected = new IdentityHashMap<>();
    private PaperRoute route;
    private int resets;
    private boolean active;
    private String gameId;
    private int lastTick = -1;
    private GameTally tally;
    private GameTally strategyTally;
    private TradeCommand sending;

    public PaperDesk(EventBus bus, BigDecimal balance, Consumer<BigDecimal> keep, LongSupplier clockMillis) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.keep = Objects.requireNonNull(keep, "keep");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.route = new PaperRoute(Objects.requireNonNull(balance, "balance"));
    }

    /** Follows the games (start, presale, ticks, the rug); the handle unsubscribes. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
        handles.add(bus.subscribe(GameStarted.class, this::onGameStarted));
        handles.add(bus.subscribe(TickObserved.class, this::onTick));
        handles.add(bus.subscribe(GameEnded.class, this::onGameEnded));
        return handles;
    }

    /** The player id of the paper figures; it changes with every reset, so the verifier adopts the new account. */
    public String playerId() {
        return PLAYER_PREFIX + resets;
    }

    public boolean active() {
        return active;
    }

    /** Paper mode on: the figures are published now (the verifier adopts them: another player) and after changes. */
    public void activate(Stamp stamp) {
        active = true;
        publishFigures(stamp);
    }

    public void deactivate() {
        active = false;
    }

    /** Starts the paper account again at {@code balance}; an open position or sidebet is dropped. */
    public void reset(BigDecimal balance, Stamp stamp) {
        route = new PaperRoute(Objects.requireNonNull(balance, "balance"));
        resets++;
        if (gameId != null) {
            route.gameStarted(gameId, tally());
        }
        keep.accept(route.cash());
        if (active) {
            publishFigures(stamp);
        }
    }

    /** The paper account (domain thread). */
    public Account account() {
        return route.account();
    }

    /** The paper account for a risk guard. */
    public RiskControl.Book book() {
        return route.book();
    }

    /** A guard that asks {@code delegate} and remembers the request it passed: the one the controller sends next. */
    public OrderGuard guarding(OrderGuard delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return (request, account) -> {
            var refusal = delegate.refusal(request, account);
            sending = refusal.isEmpty() ? request : null;
            return refusal;
        };
    }

    /** A strategy's request: its fill goes into the strategy's tally, decided on {@code decidedTick}. */
    void expect(TradeCommand request, Intent intent, int decidedTick, GameTally game) {
        expected.put(request, new Expected(intent, decidedTick, game));
    }

    /** The strategy's tally of the running game: the market's settlements are counted there too. */
    void follow(GameTally game) {
        strategyTally = game;
    }

    /** The desk fills at the tick the domain thread last handled, not at a server's own tick. */
    @Override
    public boolean executesAtTheServersTick() {
        return false;
    }

    @Override
    public void emitWithAck(String event, String payloadJson, Consumer<OrderAck> onAck) {
        TradeCommand request = sending;
        sending = null;
        if (request == null) {
            throw new IllegalStateException("paper desk: no order passed the guard before " + event);
        }
        Expected strategy = expected.remove(request);
        int tick = route.exchangeTick();
        Intent intent = strategy != null ? strategy.intent() : manual(request);
        GameTally into = strategy != null ? strategy.tally() : tally();
        Sidebet before = route.account().sidebet();
        String refused = route.place(intent, strategy != null ? strategy.decidedTick() : tick, into);
        Stamp stamp = Stamp.local(0, clockMillis.getAsLong());
        if (strategy != null) {
            bus.publish(new StrategyDecided(stamp, gameId, strategy.decidedTick(), intent.toString(),
                    refused == null ? "FILLED" : "REFUSED", refused == null
                    ? "at " + route.exchangePrice().toPlainString() + " (paper)" : refused));
        }
        if (refused != null) {
            onAck.accept(OrderAck.failed("PAPER_REFUSED", refused));
            return;
        }
        publishFigures(stamp);
        Sidebet placed = route.account().sidebet();
        onAck.accept(placed != null && placed != before ? new OrderAck(true, null, "Side bet placed",
                placement(placed)) : OrderAck.ok());
    }

    private static Intent manual(TradeCommand request) {
        if (request instanceof RequestBuy buy) {
            return Intent.buy(buy.amount(), MANUAL);
        }
        if (request instanceof RequestSell sell) {
            return Intent.sell(sell.percentage(), MANUAL);
        }
        if (request instanceof RequestSidebet bet) {
            return Intent.sidebet(bet.amount(), MANUAL);
        }
        throw new IllegalArgumentException("not an order: " + request);
    }

    private SidebetPlacement placement(Sidebet bet) {
        return new SidebetPlacement(playerId(), bet.gameId(), "PAPER", 0, bet.price(), bet.stake(),
                Account.SIDEBET_MULTIPLIER, TradingController.SOL_COIN_ADDRESS, bet.startTick(), bet.endTick(),
                bet.startTick(), bet.placedAt(), "placed");
    }

    private GameTally tally() {
        if (strategyTally != null) {
            return strategyTally;
        }
        if (tally == null) {
            tally = new GameTally(0, gameId == null ? "" : gameId, PLAYER_PREFIX, 0, false, route.cash());
        }
        return tally;
    }

    /** A game already opened at its presale is not started again: that would drop the presale's position. */
    private void onGameStarted(GameStarted started) {
        if (!started.gameId().equals(gameId)) {
            open(started.gameId());
        }
    }

    private void open(String game) {
        gameId = game;
        lastTick = -1;
        expected.clear();   // what the controller refused last game never reached the desk
        tally = null;
        strategyTally = null;
        route.gameStarted(game, tally());
    }

    private void onTick(TickObserved observed) {
        if (observed.phase() == Phase.PRESALE) {
            // a game's presale ticks come before its GameStarted (published when it runs: ADR 0018)
            if (!observed.gameId().equals(gameId)) {
                open(observed.gameId());
            }
            route.presale();
            return;
        }
        if (!observed.gameId().equals(gameId)) {
            return;
        }
        if (observed.phase() != Phase.ACTIVE || observed.tick() <= lastTick) {
            return;
        }
        lastTick = observed.tick();
        boolean sidebetOpen = route.account().hasOpenSidebet();
        route.ticked(observed.tick(), observed.price(), tally());
        route.account().mark(observed.price());
        if (sidebetOpen && !route.account().hasOpenSidebet()) {
            publishFigures(observed.stamp());   // the window passed: lost, as the server reports it
        }
    }

    private void onGameEnded(GameEnded ended) {
        if (!ended.gameId().equals(gameId)) {
            return;
        }
        boolean inGame = route.account().isInGame();
        boolean rugged = ended.reason() == GameEnded.Reason.RUGGED && ended.rugTick() != null
                && ended.rugPrice() != null;
        int rugTick = rugged ? ended.rugTick() : Math.max(lastTick, 0);
        BigDecimal rugPrice = rugged ? ended.rugPrice() : route.exchangePrice();
        route.rugged(rugTick, rugPrice, tally());
        if (inGame) {
            publishFigures(ended.stamp());
        }
        keep.accept(route.cash());
        gameId = null;
    }

    private void publishFigures(Stamp stamp) {
        if (!active) {
            return;
        }
        Account account = route.account();
        Sidebet bet = account.sidebet();
        OpenSidebet open = bet == null ? null
                : new OpenSidebet(bet.startTick(), bet.endTick(), bet.stake(), Account.SIDEBET_MULTIPLIER);
        bus.publish(new ServerStateUpdated(stamp, playerId(), new AccountFigures(account.cash(),
                account.positionQty(), account.avgCost(), account.pnl(), account.totalInvested(),
                account.sidebetPnl(), open)));
    }
}
