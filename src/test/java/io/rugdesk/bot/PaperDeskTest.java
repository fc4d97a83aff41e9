package io.rugdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.app.CaptureRecordings;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.Connected;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.UnknownEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.risk.RiskSettings;
import io.rugdesk.testing.Fixtures;
import io.rugdesk.trading.AccountModel;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.PlayerTracker;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.ServerStateUpdated;
import io.rugdesk.trading.TradingController;
import io.rugdesk.trading.TradingGate;
import io.rugdesk.trading.TradingSettings;
import io.rugdesk.verify.ServerStateAdopted;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateVerified;
import io.rugdesk.verify.StateVerifier;
import io.rugdesk.verify.Tolerances;
import io.rugdesk.verify.VerificationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paper desk behind the real trading controller, account model, verifier and risk guard, wired as the window
 * wires them (a direct bus): the orders fill by the exchange rules (figures worked out by hand here), the local
 * model follows, every comparison is IN_SYNC; a reset is a new account the verifier adopts; the server's own
 * states are withheld while on paper and come back after.
 */
class PaperDeskTest {

    private static final String GAME = "20251215-paperdesk0000001";
    private final List<EventBus.Failure> failures = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final List<BigDecimal> kept = new ArrayList<>();
    private final ManualTimer timer = new ManualTimer(1_765_000_000_000L);
    private EventBus bus;
    private AccountModel account;
    private PlayerTracker tracker;
    private TradingController controller;
    private PaperDesk desk;
    private long seq;
    private long replayed;

    @BeforeEach
    void wire() {
        bus = EventBus.direct(failures::add);
        bus.subscribe(Object.class, events::add);
        account = new AccountModel(bus);
        tracker = new PlayerTracker(bus);
        TradingGate gate = new TradingGate(bus, account, timer::millis);
        StateVerifier verifier = new StateVerifier(bus, account, Tolerances.defaults());
        desk = new PaperDesk(bus, BigDecimal.TEN, kept::add, timer::millis);
        controller = new TradingController(bus, account, gate, desk, timer, timer::millis, TradingSettings.defaults());
        RiskControl risk = new RiskControl(bus, RiskSettings.DEFAULTS, () -> account.expected()
                .map(RiskControl.Book::of).orElse(null), Clock.systemUTC(), null, RiskControl.Mode.LIVE);
        account.start();
        tracker.start();
        gate.start();
        verifier.start();
        controller.start();
        risk.start();
        desk.start();
        controller.guardWith(desk.guarding(risk));
        tracker.withholdServerStates(true);
        gate.paperTrading(true, stamp());
        bus.publish(new Connected(stamp(), "websocket"));
        bus.publish(new UnknownEvent(stamp(), "gameStateUpdate", "[{}]"));
        desk.activate(stamp());
    }

    @Test
    void ordersFillByTheExchangeRulesAndTheLocalModelStaysInSync() {
        assertThat(account.expected().orElseThrow().cash()).isEqualByComparingTo("10");
        bus.publish(new GameStarted(stamp(), GAME, 0, false, "hash"));
        bus.publish(new PhaseChanged(stamp(), GAME, Phase.COOLDOWN, Phase.ACTIVE));
        tick(4, "1.1");
        tick(5, "1.25");

        bus.publish(new RequestBuy(stamp(), new BigDecimal("0.1")));
        BigDecimal qty = new BigDecimal("0.1").divide(new BigDecimal("1.25"), 9, RoundingMode.DOWN);   // 0.08
        assertThat(desk.account().positionQty()).isEqualByComparingTo(qty);
        assertThat(desk.account().cash()).isEqualByComparingTo("9.9");
        assertThat(account.expected().orElseThrow().positionQty()).isEqualByComparingTo(qty);

        tick(6, "1.5");
        bus.publish(new RequestSell(stamp(), 100));
        BigDecimal proceeds = qty.multiply(new BigDecimal("1.5")).setScale(9, RoundingMode.DOWN);      // 0.12
        assertThat(desk.account().cash()).isEqualByComparingTo(new BigDecimal("9.9").add(proceeds));

        tick(7, "1.4");
        bus.publish(new RequestSidebet(stamp(), new BigDecimal("0.01")));
        assertThat(account.expected().orElseThrow().sidebet().endTick()).isEqualTo(47);
        tick(8, "1.3");
        bus.publish(new GameEnded(stamp(), GAME, GameEnded.Reason.RUGGED, 20, new BigDecimal("0.01")));

        BigDecimal end = new BigDecimal("9.9").add(proceeds).subtract(new BigDecimal("0.01"))
                .add(new BigDecimal("0.05"));                     // the sidebet (window 7–47) wins 5× at tick 20
        assertThat(desk.account().cash()).isEqualByComparingTo(end);
        assertThat(account.expected().orElseThrow().cash()).isEqualByComparingTo(end);
        assertThat(kept).last().satisfies(cash -> assertThat(cash).isEqualByComparingTo(end));
        assertThat(of(OrderConfirmed.class)).hasSize(3);
        assertThat(of(OrderRejected.class)).isEmpty();
        assertThat(of(StateVerified.class)).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(VerificationStatus.IN_SYNC));
        assertThat(of(StateDriftDetected.class)).isEmpty();
        assertThat(of(ServerStateUpdated.class)).allSatisfy(s -> assertThat(s.playerId()).isEqualTo("paper:0"));
        assertThat(failures).isEmpty();
    }

    @Test
    void aResetIsANewAccountTheVerifierAdoptsWithoutADrift() {
        desk.reset(new BigDecimal("5"), stamp());
        assertThat(account.expected().orElseThrow().cash()).isEqualByComparingTo("5");
        assertThat(of(ServerStateAdopted.class)).extracting(ServerStateAdopted::reason).containsExactly(
                ServerStateAdopted.Reason.INITIAL, ServerStateAdopted.Reason.PLAYER_CHANGED);
        assertThat(kept).containsExactly(new BigDecimal("5"));
        assertThat(of(StateDriftDetected.class)).isEmpty();
    }

    @Test
    void theServersStatesAreWithheldOnPaperAndTheLastComesBackAfter() {
        int before = of(ServerStateUpdated.class).size();
        bus.publish(new PlayerUpdate(stamp(), "did:privy:real", true, new BigDecimal("3"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
        assertThat(of(ServerStateUpdated.class)).hasSize(before);
        assertThat(account.expected().orElseThrow().cash()).isEqualByComparingTo("10");

        desk.deactivate();
        tracker.withholdServerStates(false);
        assertThat(of(ServerStateUpdated.class)).last().extracting(ServerStateUpdated::playerId)
                .isEqualTo("did:privy:real");
        assertThat(account.expected().orElseThrow().cash()).isEqualByComparingTo("3");
    }

    /**
     * The real capture of December 12 joins its first game at tick 4 (seq 2, price 1.049617211021077): an order
     * sent right after that first frame fills at tick 4's price, so the desk saw the game's first active tick.
     */
    @Test
    void aGameJoinedMidWayFillsAtItsFirstActiveTick() throws Exception {
        new GameLifecycle(bus).start();
        CaptureRecord first = CaptureRecordings.received(Fixtures.capture1212()).stream()
                .filter(frame -> frame.eventName().equals("gameStateUpdate")).findFirst().orElseThrow();
        bus.publish(new WireCodec().decode(first.eventName(), first.argumentsJson(),
                new Stamp(first.seq(), first.receivedAtMillis())));
        assertThat(of(GameStarted.class)).singleElement().satisfies(s -> {
            assertThat(s.tick()).isEqualTo(4);
            assertThat(s.joinedMidGame()).isTrue();
        });

        bus.publish(new RequestBuy(stamp(), new BigDecimal("0.1")));

        BigDecimal qty = new BigDecimal("0.1").divide(new BigDecimal("1.049617211021077"), 9, RoundingMode.DOWN);
        assertThat(of(OrderRejected.class)).isEmpty();
        assertThat(of(OrderFailed.class)).extracting(OrderFailed::reason).isEmpty();   // the desk's refusal
        assertThat(desk.account().positionQty()).isEqualByComparingTo(qty);                  // 0.095272827
        assertThat(account.expected().orElseThrow().positionQty()).isEqualByComparingTo(qty);
        assertThat(failures).isEmpty();
    }

    /**
     * Game 2 of the real capture (20251212-6114b2ff44ef4b71): presale from seq 314, runs at seq 415, rugs at tick 16
     * at 0.020000000000000018 (seq 435). A buy in its presale fills at 1.0 on tick 0; the game's start keeps it; the
     * rug sells it at the rug price (protocol.md §4.5, §4.6).
     */
    @Test
    void aPresaleBuyOnTheRealCaptureFillsAtOneAndIsLiquidatedAtTheRug() throws Exception {
        new GameLifecycle(bus).start();
        replayCaptureUpTo(320);
        bus.publish(new RequestBuy(stamp(), new BigDecimal("0.1")));

        BigDecimal qty = new BigDecimal("0.1");                                            // floor(0.1 / 1.0, 9)
        assertThat(of(OrderFailed.class)).extracting(OrderFailed::reason).isEmpty();
        assertThat(desk.account().positionQty()).isEqualByComparingTo(qty);
        assertThat(desk.account().cash()).isEqualByComparingTo("9.9");

        replayCaptureUpTo(434);                                                            // started, tick 15
        assertThat(of(GameStarted.class)).last().extracting(GameStarted::gameId)
                .isEqualTo("20251212-6114b2ff44ef4b71");
        assertThat(desk.account().positionQty()).isEqualByComparingTo(qty);
        assertThat(desk.account().totalInvested()).isEqualByComparingTo("0.1");  // a second start would clear it
        assertThat(account.expected().orElseThrow().positionQty()).isEqualByComparingTo(qty);

        replayCaptureUpTo(436);                                                            // the rug
        BigDecimal end = new BigDecimal("9.9").add(new BigDecimal("0.002"));   // floor(0.1 × 0.02000…18, 9)
        assertThat(desk.account().positionQty()).isZero();
        assertThat(desk.account().cash()).isEqualByComparingTo(end);
        assertThat(account.expected().orElseThrow().cash()).isEqualByComparingTo(end);
        assertThat(kept).last().satisfies(cash -> assertThat(cash).isEqualByComparingTo(end));
        assertThat(of(StateDriftDetected.class)).isEmpty();
        assertThat(failures).isEmpty();
    }

    /** A sidebet in game 2's presale starts on tick 0 (window 0–40) and wins 5× at the rug on tick 16 (§4.7). */
    @Test
    void aPresaleSidebetOnTheRealCaptureWinsAtTheRug() throws Exception {
        new GameLifecycle(bus).start();
        replayCaptureUpTo(320);
        bus.publish(new RequestSidebet(stamp(), new BigDecimal("0.01")));

        assertThat(of(OrderFailed.class)).extracting(OrderFailed::reason).isEmpty();
        assertThat(desk.account().sidebet()).satisfies(bet -> {
            assertThat(bet.startTick()).isZero();
            assertThat(bet.endTick()).isEqualTo(40);
        });

        replayCaptureUpTo(434);
        assertThat(desk.account().hasOpenSidebet()).isTrue();

        replayCaptureUpTo(436);
        BigDecimal end = BigDecimal.TEN.subtract(new BigDecimal("0.01")).add(new BigDecimal("0.05"));
        assertThat(desk.account().hasOpenSidebet()).isFalse();
        assertThat(desk.account().cash()).isEqualByComparingTo(end);
        assertThat(account.expected().orElseThrow().cash()).isEqualByComparingTo(end);
        assertThat(of(StateDriftDetected.class)).isEmpty();
        assertThat(failures).isEmpty();
    }

    /** Publishes the capture's game states after those already replayed, up to and including {@code lastSeq}. */
    private void replayCaptureUpTo(long lastSeq) throws Exception {
        WireCodec codec = new WireCodec();
        for (CaptureRecord frame : CaptureRecordings.received(Fixtures.capture1212())) {
            if (frame.eventName().equals("gameStateUpdate") && frame.seq() > replayed && frame.seq() <= lastSeq) {
                bus.publish(codec.decode(frame.eventName(), frame.argumentsJson(),
                        new Stamp(frame.seq(), frame.receivedAtMillis())));
            }
        }
        replayed = lastSeq;
    }

    private void tick(int tick, String price) {
        bus.publish(new TickObserved(stamp(), GAME, tick, new BigDecimal(price), Phase.ACTIVE));
    }

    private <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private Stamp stamp() {
        return new Stamp(++seq, timer.millis());
    }
}
