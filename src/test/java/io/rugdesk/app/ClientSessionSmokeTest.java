package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.PlayerIdentified;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.TradingPermissionChanged;
import io.rugdesk.verify.StateVerified;
import io.rugdesk.verify.VerificationStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded session connects, logs in, buys and ends verified in sync; closing leaves no thread behind. */
class ClientSessionSmokeTest {

    /** Process-wide library daemons that end on their own after an idle minute, whoever started them. */
    private static final java.util.Set<String> IGNORED_THREADS = java.util.Set.of("Okio Watchdog",
            "OkHttp ConnectionPool");

    @TempDir
    Path dir;

    @Test
    void embeddedSessionTradesAndVerifiesThenClosesWithoutLeakingThreads() throws Exception {
        java.util.Set<String> namesBefore = threadNames();
        int threadsBefore = liveSessionThreads();
        List<Object> events = new CopyOnWriteArrayList<>();
        AtomicBoolean bought = new AtomicBoolean();
        SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withSpeed(20).withBots(2))
                .withConfigDir(dir.resolve("config")).withRecordingFolder(dir.resolve("rec")).withAutoRecord(false);
        try (ClientSession session = ClientSession.start(config)) {
            session.bus().subscribe(Object.class, events::add);
            AtomicBoolean allowed = new AtomicBoolean();
            session.bus().subscribe(TradingPermissionChanged.class, changed -> allowed.set(changed.buy().allowed()));
            session.bus().subscribe(TickObserved.class, tick -> {
                boolean tradable = tick.phase() == Phase.PRESALE || tick.phase() == Phase.ACTIVE;
                if (tradable && allowed.get() && bought.compareAndSet(false, true)) {
                    session.bus().publish(new RequestBuy(Stamp.local(0, System.currentTimeMillis()),
                            new BigDecimal("0.01")));
                }
            });
            // refused while the login or the first server state is still on its way: ask again at a later tick
            session.bus().subscribe(OrderRejected.class, rejected -> bought.set(false));
            assertThat(session.serverLabel()).isEqualTo("embedded simulator");
            await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().anyMatch(OrderConfirmed.class::isInstance)
                    && events.stream().anyMatch(e -> e instanceof StateVerified v
                    && v.status() == VerificationStatus.IN_SYNC));
            assertThat(events).anyMatch(GameStarted.class::isInstance).anyMatch(PlayerIdentified.class::isInstance);
            assertThat(session.framesReceived()).isPositive();
        }
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> liveSessionThreads() <= threadsBefore);
        } catch (RuntimeException e) {
            java.util.Set<String> now = threadNames();
            now.removeAll(namesBefore);
            throw new AssertionError("left " + now, e);
        }
    }

    static java.util.Set<String> threadNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> names.add(t.getName()));
        return names;
    }

    static int liveSessionThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> !IGNORED_THREADS.contains(t.getName()) && !t.getName().startsWith("ForkJoinPool")
                        && !t.getName().startsWith("awaitility"))
                .count();
    }
}
