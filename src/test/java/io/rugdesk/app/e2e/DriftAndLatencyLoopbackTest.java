package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.trading.LatencyLeg;
import io.rugdesk.trading.LatencyStats;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.ServerStateUpdated;
import io.rugdesk.verify.FieldComparison;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateField;
import io.rugdesk.verify.StateVerified;
import io.rugdesk.verify.VerificationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue "must show": the simulator's drift fault is reported on cash, and injected latency is measured. */
class DriftAndLatencyLoopbackTest {

    private static final int FEE_BPS = 100;

    @TempDir
    Path dir;

    @Test
    void aSellFeeIsReportedAsCashDriftAtTheFirstServerStateAfterTheSell() throws Exception {
        SimConfig sim = SimConfig.defaults().withSpeed(1).withBots(1).withSeeds(List.of(), 11L);
        try (LoopbackRig rig = LoopbackRig.start(dir, sim, false)) {
            rig.session.embeddedSimulator().orElseThrow().setDriftFeeBps(FEE_BPS);
            AtomicBoolean bought = new AtomicBoolean();
            AtomicBoolean sold = new AtomicBoolean();
            AtomicInteger activeTicks = new AtomicInteger();
            rig.bus().subscribe(OrderRejected.class, rejected -> {
                if (rejected.request() instanceof RequestBuy) {
                    bought.set(false); // not logged in yet: try again at the next tick
                } else {
                    sold.set(false);
                }
            });
            rig.bus().subscribe(TickObserved.class, tick -> {
                boolean tradable = tick.phase() == Phase.PRESALE || tick.phase() == Phase.ACTIVE;
                if (tradable && bought.compareAndSet(false, true)) {
                    rig.bus().publish(new RequestBuy(LoopbackRig.now(), BigDecimal.ONE));
                } else if (tick.phase() == Phase.ACTIVE && bought.get() && activeTicks.incrementAndGet() >= 3
                        && !rig.all(OrderConfirmed.class).isEmpty() && sold.compareAndSet(false, true)) {
                    rig.bus().publish(new RequestSell(LoopbackRig.now(), 100));
                }
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> !rig.all(StateDriftDetected.class).isEmpty());
            List<Object> events = List.copyOf(rig.events);
            int sell = indexOf(events, e -> e instanceof OrderSubmitted s && s.kind() == OrderKind.SELL);
            assertThat(sell).as("sell submitted").isNotNegative();
            assertThat(events.subList(0, sell)).noneMatch(StateDriftDetected.class::isInstance);
            int firstServerState = indexOf(events, sell, ServerStateUpdated.class::isInstance);
            int firstVerdict = indexOf(events, firstServerState, StateVerified.class::isInstance);
            StateVerified verdict = (StateVerified) events.get(firstVerdict);
            assertThat(verdict.status()).isEqualTo(VerificationStatus.DRIFT);
            FieldComparison cash = verdict.fields().stream().filter(f -> f.field() == StateField.CASH).findFirst()
                    .orElseThrow();
            ServerStateUpdated before = (ServerStateUpdated) events.get(lastIndexOf(events, sell,
                    ServerStateUpdated.class::isInstance));
            // the model's sell proceeds (rules of protocol.md §4.5), the simulator keeps 1 % of them
            BigDecimal proceeds = cash.local().subtract(before.server().cash());
            BigDecimal fee = proceeds.multiply(BigDecimal.valueOf(FEE_BPS)).divide(BigDecimal.valueOf(10_000), 9,
                    RoundingMode.DOWN);
            assertThat(cash.difference()).isEqualByComparingTo(fee.negate());
            System.out.printf("drift: sell proceeds %s, cash difference %s (fee %d bps = %s)%n",
                    proceeds, cash.difference(), FEE_BPS, fee);
        }
    }

    @Test
    void injectedLatencyShowsInTheAckLatencyMedian() throws Exception {
        SimConfig sim = SimConfig.defaults().withSpeed(4).withBots(1).withSeeds(List.of(), 13L)
                .withPlayer(SimConfig.DEFAULT_PLAYER_ID, "SimTrader", new BigDecimal("100"));
        try (LoopbackRig rig = LoopbackRig.start(dir, sim, false)) {
            rig.session.embeddedSimulator().orElseThrow().setFaults(200, 0, 0);
            AtomicBoolean inFlight = new AtomicBoolean();
            rig.bus().subscribe(OrderRejected.class, rejected -> inFlight.set(false));
            rig.bus().subscribe(OrderFailed.class, failed -> inFlight.set(false));
            rig.bus().subscribe(OrderConfirmed.class, confirmed -> inFlight.set(false));
            rig.bus().subscribe(TickObserved.class, tick -> {
                boolean tradable = tick.phase() == Phase.PRESALE || tick.phase() == Phase.ACTIVE;
                if (tradable && inFlight.compareAndSet(false, true)) {
                    rig.bus().publish(new RequestBuy(LoopbackRig.now(), new BigDecimal("0.01")));
                }
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> rig.all(OrderConfirmed.class).size() >= 7);
            LatencyStats.Snapshot ack = rig.onDomain(() -> rig.session.trading().latency(LatencyLeg.TO_ACK));
            LatencyStats.Snapshot state = rig.onDomain(() ->
                    rig.session.trading().latency(LatencyLeg.TO_STATE_UPDATE));
            System.out.printf("latency with 200 ms injected: ack p50 %d ms (n=%d), state p50 %d ms (n=%d)%n",
                    ack.p50(), ack.count(), state.p50(), state.count());
            assertThat(ack.count()).isGreaterThanOrEqualTo(7);
            assertThat(ack.p50()).isBetween(200L, 300L);
            assertThat(state.p50()).isBetween(200L, 300L);
        }
    }

    private static int lastIndexOf(List<Object> events, int before, java.util.function.Predicate<Object> test) {
        for (int i = before - 1; i >= 0; i--) {
            if (test.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(List<Object> events, java.util.function.Predicate<Object> test) {
        return indexOf(events, 0, test);
    }

    private static int indexOf(List<Object> events, int from, java.util.function.Predicate<Object> test) {
        for (int i = Math.max(0, from); i < events.size(); i++) {
            if (test.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
