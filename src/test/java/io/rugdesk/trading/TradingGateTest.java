package io.rugdesk.trading;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.Connected;
import io.rugdesk.feed.ConnectionHealthMonitor;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.feed.Reconnected;
import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.protocol.UnknownEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one owner of the trading permission, with the real health monitor and account model, on a manual clock. */
class TradingGateTest {

    private static final String GAME = "20251212-6114b2ff44ef4b71";

    private final AtomicLong now = new AtomicLong(5_000_000);
    private final ManualTimer timer = new ManualTimer();
    private final List<TradingPermissionChanged> permissions = new ArrayList<>();
    private long seq;
    private EventBus bus;
    private AccountModel account;
    private TradingGate gate;

    @BeforeEach
    void setUp() {
        bus = EventBus.direct(failure -> {
            throw new AssertionError("subscriber failed", failure.error());
        });
        bus.subscribe(TradingPermissionChanged.class, permissions::add);
        new ConnectionHealthMonitor(bus, now::get, ConnectionHealthMonitor.Thresholds.defaults()).start(timer);
        account = new AccountModel(bus);
        account.start();
        gate = new TradingGate(bus, account, now::get);
        gate.start();
    }

    private Stamp stamp() {
        return new Stamp(++seq, now.get());
    }

    /** The clock jumps first, then the checks that fell due run (each sees the new time, like a late check). */
    private void advance(long millis) {
        now.addAndGet(millis);
        timer.advance(Duration.ofMillis(millis));
    }

    private void price() {
        bus.publish(new UnknownEvent(stamp(), "gameStateUpdate", "[{}]"));
    }

    private void phase(Phase from, Phase to) {
        bus.publish(new PhaseChanged(stamp(), GAME, from, to));
    }

    private void loggedInWithCash(String cash) {
        bus.publish(new PlayerIdentified(stamp(), TradingHarness.PLAYER, "Dutch"));
        account.adopt(stamp(), AccountFigures.of(PlayerAccount.withCash(new BigDecimal(cash)), BigDecimal.ONE));
    }

    /** Connected, logged in with 1 SOL, priced, in {@code phase}. */
    private void ready(Phase phase) {
        bus.publish(new Connected(stamp(), "websocket"));
        loggedInWithCash("1");
        price();
        phase(Phase.UNKNOWN, phase);
    }

    private TradingPermissionChanged last() {
        return permissions.get(permissions.size() - 1);
    }

    private String buyReason() {
        return gate.refusal(OrderKind.BUY).orElse(TradingGate.ALLOWED);
    }

    @Test
    void refusedUntilConnectedLoggedInPricedAccountKnownAndInATradingPhase() {
        assertThat(permissions).hasSize(1);
        assertThat(last().anyAllowed()).isFalse();
        assertThat(last().buy().reason()).isEqualTo("Not connected yet");

        bus.publish(new Connected(stamp(), "websocket"));
        assertThat(buyReason()).isEqualTo(TradingGate.NOT_LOGGED_IN);
        bus.publish(new PlayerIdentified(stamp(), TradingHarness.PLAYER, "Dutch"));
        assertThat(buyReason()).isEqualTo("Waiting for the first game message");

        price();
        phase(Phase.UNKNOWN, Phase.COOLDOWN);
        assertThat(buyReason()).isEqualTo("Waiting for the server's account state");
        account.adopt(stamp(), AccountFigures.of(PlayerAccount.withCash(BigDecimal.ONE), BigDecimal.ONE));
        assertThat(buyReason()).isEqualTo("Cooldown: trading opens at the presale of the next game");
        assertThat(last().buy().reason()).as("the account's change re-evaluates the verdict")
                .isEqualTo("Cooldown: trading opens at the presale of the next game");

        phase(Phase.COOLDOWN, Phase.PRESALE);
        assertThat(gate.refusal(OrderKind.BUY)).isEmpty();
        assertThat(gate.refusal(OrderKind.SIDEBET)).isEmpty();
        assertThat(gate.refusal(OrderKind.SELL))
                .hasValue("Presale: only buys at 1.0; selling opens when the game starts");
        assertThat(last().buy()).isEqualTo(new OrderPermission(true, "Trading allowed"));
        phase(Phase.PRESALE, Phase.ACTIVE);
        assertThat(gate.refusal(OrderKind.SELL)).hasValue("No position to sell");
        phase(Phase.ACTIVE, Phase.RUGGED);
        assertThat(buyReason()).isEqualTo("The game rugged: trading reopens at the next presale");
    }

    @Test
    void sellNeedsAPositionAndOneSidebetAtATime() {
        ready(Phase.ACTIVE);
        PlayerAccount holding = PlayerAccount.withCash(BigDecimal.ONE).buy(new BigDecimal("0.1"), BigDecimal.ONE)
                .placeSidebet(new BigDecimal("0.01"), 3);
        account.adopt(stamp(), AccountFigures.of(holding, BigDecimal.ONE));
        assertThat(gate.refusal(OrderKind.SELL)).isEmpty();
        assertThat(gate.refusal(OrderKind.SIDEBET)).hasValue("A sidebet is already open (until tick 43)");
        assertThat(last().sell().allowed()).isTrue();
        assertThat(last().sidebet()).isEqualTo(new OrderPermission(false, "A sidebet is already open (until tick 43)"));
    }

    @Test
    void degradedStillTradesStaleAndDisconnectedDoNot() {
        ready(Phase.ACTIVE);
        assertThat(gate.refusal(OrderKind.BUY)).isEmpty();

        advance(800);
        assertThat(gate.refusal(OrderKind.BUY)).isEmpty();
        assertThat(last().buy().reason()).isEqualTo("Trading allowed (connection degraded: Prices late: none for "
                + "0.8 s (expected every 250 ms))");

        advance(1600);
        assertThat(buyReason()).isEqualTo("Connection stale: no price for 2.4 s");

        price();
        assertThat(gate.refusal(OrderKind.BUY)).isEmpty();

        bus.publish(new Disconnected(stamp(), "Connection lost: transport close"));
        assertThat(buyReason()).isEqualTo("Disconnected");
        assertThat(last().anyAllowed()).isFalse();
        assertThat(last().buy().reason()).isEqualTo("Disconnected");
    }

    @Test
    void afterAReconnectTheLoginAndTheOldPhaseWaitForTheNewConnection() {
        ready(Phase.ACTIVE);
        assertThat(gate.refusal(OrderKind.BUY)).isEmpty();
        bus.publish(new Disconnected(stamp(), "Connection lost: transport close"));
        int before = permissions.size();

        bus.publish(new Connected(stamp(), "websocket"));
        bus.publish(new Reconnected(stamp(), 2));
        assertThat(buyReason()).isEqualTo(TradingGate.NOT_LOGGED_IN);
        bus.publish(new PlayerIdentified(stamp(), TradingHarness.PLAYER, "Dutch"));
        assertThat(buyReason()).isEqualTo("Waiting for the first game message");
        price();
        assertThat(gate.refusal(OrderKind.BUY)).isEmpty();
        assertThat(permissions.subList(before, permissions.size())).extracting(p -> p.buy().reason())
                .containsExactly("Waiting for the first game message", TradingGate.NOT_LOGGED_IN,
                        "Waiting for the first game message", "Trading allowed");
    }

    @Test
    void theFirstConnectNeverFlickersThroughDisconnected() {
        bus.publish(new Connected(stamp(), "websocket"));
        assertThat(permissions).extracting(p -> p.buy().reason())
                .containsExactly("Not connected yet", TradingGate.NOT_LOGGED_IN);
    }

    @Test
    void publishesOnlyWhenAVerdictOrItsReasonChanges() {
        ready(Phase.ACTIVE);
        assertThat(gate.refusal(OrderKind.BUY)).isEmpty();
        int before = permissions.size();
        for (int i = 0; i < 50; i++) {
            advance(250);
            price();
        }
        assertThat(permissions).hasSize(before);
        assertThat(gate.current()).isSameAs(last());
    }
}
