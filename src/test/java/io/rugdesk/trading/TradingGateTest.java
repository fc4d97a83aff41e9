package io.rugdesk.feed;

import io.rugdesk.trading.TradingPermissionChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.protocol.UnknownEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trading gate together with the real health monitor, on a manual clock. */
class GracefulDegradationTest {

    private final AtomicLong now = new AtomicLong(5_000_000);
    private final ManualTimer timer = new ManualTimer();
    private final List<TradingPermissionChanged> permissions = new ArrayList<>();
    private long seq;
    private EventBus bus;
    private GracefulDegradation gate;

    @BeforeEach
    void setUp() {
        bus = EventBus.direct(failure -> {
            throw new AssertionError("subscriber failed", failure.error());
        });
        bus.subscribe(TradingPermissionChanged.class, permissions::add);
        new ConnectionHealthMonitor(bus, now::get, ConnectionHealthMonitor.Thresholds.defaults())
                .start(timer);
        gate = new GracefulDegradation(bus, now::get).start();
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
        bus.publish(new PhaseChanged(stamp(), "20251212-6114b2ff44ef4b71", from, to));
    }

    private TradingPermissionChanged last() {
        return permissions.get(permissions.size() - 1);
    }

    @Test
    void refusedUntilConnectedHealthyAndInATradingPhase() {
        assertThat(permissions).hasSize(1);
        assertThat(last().allowed()).isFalse();
        assertThat(last().reason()).isEqualTo("Not connected yet");

        bus.publish(new Connected(stamp(), "websocket"));
        assertThat(gate.tradingAllowed()).isFalse();
        assertThat(gate.reason()).isEqualTo("Waiting for the first game message");

        price();
        phase(Phase.UNKNOWN, Phase.COOLDOWN);
        assertThat(gate.reason()).isEqualTo("Waiting for the presale of the next game");
        phase(Phase.COOLDOWN, Phase.PRESALE);
        assertThat(gate.tradingAllowed()).isTrue();
        assertThat(gate.reason()).isEqualTo("Trading allowed");
        assertThat(last().allowed()).isTrue();
        phase(Phase.PRESALE, Phase.ACTIVE);
        assertThat(gate.tradingAllowed()).isTrue();
        phase(Phase.ACTIVE, Phase.RUGGED);
        assertThat(gate.tradingAllowed()).isFalse();
        assertThat(gate.reason()).isEqualTo("The game is over; trading reopens at the next presale");
    }

    @Test
    void degradedStillTradesStaleAndDisconnectedDoNot() {
        bus.publish(new Connected(stamp(), "websocket"));
        phase(Phase.PRESALE, Phase.ACTIVE);
        price();
        assertThat(gate.tradingAllowed()).isTrue();

        advance(800);
        assertThat(gate.tradingAllowed()).isTrue();
        assertThat(gate.reason()).isEqualTo("Trading allowed (connection degraded: Prices late: none for 0.8 s "
                + "(expected every 250 ms))");

        advance(1600);
        assertThat(gate.tradingAllowed()).isFalse();
        assertThat(gate.reason()).isEqualTo("Connection stale: no price for 2.4 s");

        price();
        assertThat(gate.tradingAllowed()).isTrue();

        bus.publish(new Disconnected(stamp(), "Connection lost: transport close"));
        assertThat(gate.tradingAllowed()).isFalse();
        assertThat(gate.reason()).isEqualTo("Disconnected");
        assertThat(last().allowed()).isFalse();
        assertThat(last().reason()).isEqualTo("Disconnected");
    }

    @Test
    void afterAReconnectTheOldPhaseIsNotTrustedUntilTheFirstPrice() {
        bus.publish(new Connected(stamp(), "websocket"));
        price();
        phase(Phase.PRESALE, Phase.ACTIVE);
        assertThat(gate.tradingAllowed()).isTrue();
        bus.publish(new Disconnected(stamp(), "Connection lost: transport close"));
        int before = permissions.size();

        bus.publish(new Connected(stamp(), "websocket"));
        bus.publish(new Reconnected(stamp(), 2));
        assertThat(gate.tradingAllowed()).isFalse();
        assertThat(gate.reason()).isEqualTo("Waiting for the first game message");
        price();
        assertThat(gate.tradingAllowed()).isTrue();
        assertThat(permissions.subList(before, permissions.size())).extracting(TradingPermissionChanged::reason)
                .containsExactly("Waiting for the first game message", "Trading allowed");
    }

    @Test
    void theFirstConnectNeverFlickersThroughDisconnected() {
        bus.publish(new Connected(stamp(), "websocket"));
        assertThat(permissions).extracting(TradingPermissionChanged::reason)
                .containsExactly("Not connected yet", "Waiting for the first game message");
    }

    @Test
    void publishesOnlyWhenTheAnswerOrItsReasonChanges() {
        bus.publish(new Connected(stamp(), "websocket"));
        phase(Phase.PRESALE, Phase.ACTIVE);
        price();
        assertThat(gate.tradingAllowed()).isTrue();
        int before = permissions.size();
        for (int i = 0; i < 50; i++) {
            advance(250);
            price();
        }
        assertThat(permissions).hasSize(before);
    }
}
