package io.rugdesk.trading;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.Connected;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.SideBetInfo;
import io.rugdesk.protocol.UnknownEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A direct bus with the account model, player tracker, trading gate and trading controller wired as in the app,
 * connected with a first game message in (so the gate's reasons are about login, account and phase), a fake
 * gateway (the real one needs a live socket; loopback tests against the simulator cover it) and a
 * {@link ManualTimer} that is both the ACK-timeout timer and the clock: {@link #advance} moves both. Every event published is recorded; a subscriber failure fails the test.
 */
public final class TradingHarness {

    public static final String PLAYER = "did:privy:cmaibr7rt0094jp0mc2mbpfu4";
    public static final String GAME = "20251215-0229cacf684f458c";

    /** One emitted order. */
    public record Sent(String event, String payload, Consumer<OrderAck> onAck) { }

    public final List<EventBus.Failure> failures = new CopyOnWriteArrayList<>();
    public final EventBus bus;
    public final List<Object> events = new ArrayList<>();
    public final List<Sent> sent = new ArrayList<>();
    public final ManualTimer timer = new ManualTimer(1_765_000_000_000L);
    public RuntimeException sendFailure;
    /** True: orders go to a paper exchange on the domain thread (OrderGateway#executesAtTheServersTick false). */
    public boolean paperExchange;
    public final AccountModel account;
    public final PlayerTracker tracker;
    public final TradingGate gate;
    public final TradingController controller;
    private long seq;

    public TradingHarness(TradingSettings settings) {
        this(settings, Runnable::run);
    }

    /** On {@code domain}: the real domain thread for a test of thread hand-over; otherwise the caller's thread. */
    public TradingHarness(TradingSettings settings, Executor domain) {
        bus = new EventBus(domain, failures::add);
        bus.subscribe(Object.class, events::add);
        account = new AccountModel(bus);
        tracker = new PlayerTracker(bus);
        gate = new TradingGate(bus, account, timer::millis);
        OrderGateway gateway = new OrderGateway() {
            @Override
            public void emitWithAck(String event, String payload, java.util.function.Consumer<OrderAck> onAck) {
                if (sendFailure != null) {
                    throw sendFailure;
                }
                sent.add(new Sent(event, payload, onAck));
            }

            @Override
            public boolean executesAtTheServersTick() {
                return !paperExchange;
            }
        };
        controller = new TradingController(bus, account, gate, gateway, timer, timer::millis, settings);
        account.start();
        tracker.start();
        gate.start();
        controller.start();
        bus.publish(new Connected(stamp(), "websocket"));
        bus.publish(new UnknownEvent(stamp(), "gameStateUpdate", "[{}]"));
    }

    public TradingHarness() {
        this(TradingSettings.defaults());
    }

    public Stamp stamp() {
        return new Stamp(++seq, timer.millis());
    }

    /** Moves the clock forward, firing the ACK timeouts that fall due. */
    public void advance(long millis) {
        timer.advance(Duration.ofMillis(millis));
    }

    /** A server account update as the server would send it now. */
    public void playerUpdate(String cash, String qty, String avgCost, String pnl, String invested, SideBetInfo sideBet) {
        bus.publish(new PlayerUpdate(stamp(), PLAYER, true, new BigDecimal(cash), new BigDecimal(qty),
                new BigDecimal(avgCost), new BigDecimal(pnl), new BigDecimal(invested), BigDecimal.ZERO,
                BigDecimal.ZERO, sideBet));
    }

    /** A server account update carrying {@code figures}. */
    public void serverSays(io.rugdesk.game.AccountFigures figures) {
        io.rugdesk.game.OpenSidebet open = figures.sidebet();
        SideBetInfo sideBet = open == null ? null : new SideBetInfo(open.startTick(), GAME, open.endTick(),
                open.amount(), open.xPayout(), TradingController.SOL_COIN_ADDRESS);
        bus.publish(new PlayerUpdate(stamp(), PLAYER, true, figures.cash(), figures.positionQty(), figures.avgCost(),
                figures.cumulativePnL(), figures.totalInvested(), BigDecimal.ZERO, figures.sidebetPnl(), sideBet));
    }

    /** Logged in with {@code cash}, flat, the local model seeded from the server. */
    public void loginWithCash(String cash) {
        playerUpdate(cash, "0", "0", "0", "0", null);
        if (!account.hasBaseline()) {
            account.adopt(stamp(), io.rugdesk.game.AccountFigures.of(new PlayerUpdate(stamp(), PLAYER, true,
                    new BigDecimal(cash), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, null)));
        }
    }

    public void presale() {
        bus.publish(new GameStarted(stamp(), GAME, 0, false, "hash"));
        phase(Phase.PRESALE);
        bus.publish(new TickObserved(stamp(), GAME, 0, BigDecimal.ONE, Phase.PRESALE));
    }

    public void phase(Phase to) {
        bus.publish(new PhaseChanged(stamp(), GAME, account.phase(), to));
    }

    public void tick(int tick, String price) {
        bus.publish(new TickObserved(stamp(), GAME, tick, new BigDecimal(price), Phase.ACTIVE));
    }

    public void rug(int tick, String price) {
        bus.publish(new GameEnded(stamp(), GAME, GameEnded.Reason.RUGGED, tick, new BigDecimal(price)));
        phase(Phase.RUGGED);
    }

    /**
     * From a fresh login: a 0.1 SOL presale buy (confirmed), then a 100 % sell sent at tick 1 (price 1.1) whose
     * ACK comes only after the rug at tick 2 (price 0.01) liquidated the position it was to sell.
     */
    public void sellAcknowledgedAfterTheRug() {
        presale();
        bus.publish(new RequestBuy(stamp(), new BigDecimal("0.1")));
        ack(sent.size() - 1, OrderAck.ok());
        phase(Phase.ACTIVE);
        tick(1, "1.1");
        bus.publish(new RequestSell(stamp(), 100));
        rug(2, "0.01");
        ack(sent.size() - 1, OrderAck.ok());
    }

    public void ack(int index, OrderAck ack) {
        sent.get(index).onAck().accept(ack);
    }

    public <E> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <E> E last(Class<E> type) {
        List<E> matching = all(type);
        assertThat(matching).as("a published " + type.getSimpleName()).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    public void assertNoSubscriberFailed() {
        assertThat(failures).isEmpty();
    }
}
