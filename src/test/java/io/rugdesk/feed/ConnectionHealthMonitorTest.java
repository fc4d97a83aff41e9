package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.DomainLoadObserved;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.protocol.FrameRejected;
import io.rugdesk.protocol.UnknownEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health state machine, driven by a manual clock and a {@link ManualTimer}. */
class ConnectionHealthMonitorTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final ManualTimer timer = new ManualTimer();
    private final List<ConnectionHealthChanged> changes = new ArrayList<>();
    private long seq;
    private EventBus bus;
    private ConnectionHealthMonitor monitor;

    @BeforeEach
    void setUp() {
        bus = EventBus.direct(failure -> {
            throw new AssertionError("subscriber failed", failure.error());
        });
        bus.subscribe(ConnectionHealthChanged.class, changes::add);
        monitor = new ConnectionHealthMonitor(bus, now::get, ConnectionHealthMonitor.Thresholds.defaults())
                .start(timer);
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

    private void connect() {
        bus.publish(new Connected(stamp(), "websocket"));
    }

    @Test
    void theDomainThreadsLoadIsPublishedEverySecond() {
        List<DomainLoadObserved> loads = new ArrayList<>();
        bus.subscribe(DomainLoadObserved.class, loads::add);
        connect();
        advance(999);
        assertThat(loads).isEmpty();
        advance(1);
        // a direct bus delivers at once: nothing waits, at most the one event being published is queued
        assertThat(loads).singleElement().satisfies(load -> {
            assertThat(load.queuedEvents()).isZero();
            assertThat(load.maxQueuedEvents()).isEqualTo(1);
            assertThat(load.stamp().receivedAt()).isEqualTo(now.get());
        });
        advance(1_000);
        assertThat(loads).hasSize(2);
    }

    private List<ConnectionHealth> healths() {
        return changes.stream().map(ConnectionHealthChanged::health).toList();
    }

    @Test
    void startsDisconnectedAndBecomesHealthyOnConnect() {
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.DISCONNECTED);
        assertThat(changes).isEmpty();
        connect();
        assertThat(healths()).containsExactly(ConnectionHealth.HEALTHY);
    }

    @Test
    void latePricesDegradeThenStaleThenRecoverWhenPricesResume() {
        connect();
        bus.publish(new PhaseChanged(stamp(), "g", Phase.PRESALE, Phase.ACTIVE));
        for (int i = 0; i < 10; i++) {
            advance(250);
            price();
        }
        assertThat(healths()).containsExactly(ConnectionHealth.HEALTHY);
        assertThat(monitor.lastInterArrivalMillis()).isEqualTo(250);

        advance(700);
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.HEALTHY); // 700 ms <= 3 x 250 ms
        advance(100);
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.DEGRADED);
        assertThat(monitor.reason()).isEqualTo("Prices late: none for 0.8 s (expected every 250 ms)");
        advance(1100);
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.DEGRADED); // 1.9 s
        advance(500);
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.STALE);
        assertThat(monitor.reason()).isEqualTo("Connection stale: no price for 2.4 s");

        price();
        assertThat(healths()).containsExactly(ConnectionHealth.HEALTHY, ConnectionHealth.DEGRADED,
                ConnectionHealth.STALE, ConnectionHealth.HEALTHY);
    }

    @Test
    void countdownCadenceIsStricterThanTicks() {
        connect();
        bus.publish(new PhaseChanged(stamp(), "g", Phase.RUGGED, Phase.COOLDOWN));
        price();
        advance(301);
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.DEGRADED);
        assertThat(monitor.reason()).contains("expected every 100 ms");
    }

    @Test
    void noFirstMessageAfterConnectGoesStale() {
        connect();
        advance(2000);
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.STALE);
        assertThat(monitor.reason()).isEqualTo("Connection stale: no price for 2.0 s");
    }

    @Test
    void disconnectWinsOverEverythingAndCarriesTheReason() {
        connect();
        price();
        bus.publish(new Disconnected(stamp(), "Connection lost: transport close"));
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.DISCONNECTED);
        assertThat(monitor.reason()).isEqualTo("Connection lost: transport close");
        advance(5000);
        assertThat(healths()).containsExactly(ConnectionHealth.HEALTHY, ConnectionHealth.DISCONNECTED);
    }

    @Test
    void reconnectStormDegradesUntilItIsOutOfTheWindow() {
        for (int i = 1; i <= 3; i++) {
            connect();
            bus.publish(new Reconnected(stamp(), 1));
            price();
            bus.publish(new Disconnected(stamp(), "Connection lost: transport close"));
            advance(1000);
        }
        connect();
        price();
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.DEGRADED);
        assertThat(monitor.reason()).isEqualTo("Unstable connection: 3 reconnects in the last 60 s");
        for (int i = 0; i < 240; i++) { // one minute of prices on time
            advance(250);
            price();
        }
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.HEALTHY);
    }

    @Test
    void aBurstOfRejectedFramesDegrades() {
        connect();
        for (int i = 0; i < 4; i++) {
            price();
            bus.publish(new FrameRejected(stamp(), "gameStateUpdate", "price is not a number", "[]"));
            advance(100);
        }
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.HEALTHY);
        bus.publish(new FrameRejected(stamp(), "gameStateUpdate", "price is not a number", "[]"));
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.DEGRADED);
        assertThat(monitor.reason()).isEqualTo("5 frames rejected in the last 10 s");
        for (int i = 0; i < 40; i++) {
            advance(250);
            price();
        }
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.HEALTHY);
    }

    @Test
    void rejectedPricesDoNotCountAsPrices() {
        connect();
        bus.publish(new PhaseChanged(stamp(), "g", Phase.PRESALE, Phase.ACTIVE));
        for (int i = 0; i < 10; i++) {
            advance(250);
            bus.publish(new FrameRejected(stamp(), "gameStateUpdate", "broken", "[]"));
        }
        assertThat(monitor.health()).isEqualTo(ConnectionHealth.STALE);
    }

    @Test
    void publishesOnlyOnChangesAndStopsAfterClose() {
        connect();
        for (int i = 0; i < 20; i++) {
            advance(100);
            price();
        }
        assertThat(changes).hasSize(1);
        monitor.close();
        assertThat(timer.pending()).isZero();
        bus.publish(new Disconnected(stamp(), "gone"));
        assertThat(changes).hasSize(1);
        assertThat(bus.subscriptionCount()).isEqualTo(1);
    }

    @Test
    void secondsAreFormattedWithoutFloatingPoint() {
        assertThat(ConnectionHealthMonitor.seconds(2449)).isEqualTo("2.4 s");
        assertThat(ConnectionHealthMonitor.seconds(780)).isEqualTo("0.8 s");
        assertThat(ConnectionHealthMonitor.seconds(12_000)).isEqualTo("12.0 s");
        assertThat(ConnectionHealthMonitor.seconds(-5)).isEqualTo("0.0 s");
    }
}
