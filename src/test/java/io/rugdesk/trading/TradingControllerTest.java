package io.rugdesk.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.event.DomainThread;
import io.rugdesk.feed.ConnectionHealth;
import io.rugdesk.feed.ConnectionHealthChanged;
import io.rugdesk.game.Money;
import io.rugdesk.game.Phase;
import io.rugdesk.protocol.OrderAck;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Local checks, sending, ACK/timeout reconciliation and latency of the trading controller on a direct bus. */
class TradingControllerTest {

    private final TradingHarness h = new TradingHarness(TradingSettings.defaults().withMaxBet(new BigDecimal("1")));

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    private void buy(String amount) {
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal(amount)));
    }

    private void sell(int percentage) {
        h.bus.publish(new RequestSell(h.stamp(), percentage));
    }

    private void sidebet(String amount) {
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal(amount)));
    }

    private void assertRefused(Runnable command, String reason) {
        int sentBefore = h.sent.size();
        int rejectedBefore = h.all(OrderRejected.class).size();
        command.run();
        assertThat(h.all(OrderRejected.class)).hasSize(rejectedBefore + 1);
        assertThat(h.last(OrderRejected.class).reason()).contains(reason);
        assertThat(h.sent).hasSize(sentBefore);
    }

    private void activeWithCash(String cash) {
        h.loginWithCash(cash);
        h.presale();
        h.phase(Phase.ACTIVE);
        h.tick(1, "1.2");
    }

    @Test
    void refusesEverythingWhileNotLoggedIn() {
        assertRefused(() -> buy("0.01"), "Not logged in");
        assertRefused(() -> sell(50), "Not logged in");
        assertRefused(() -> sidebet("0.01"), "Not logged in");
    }

    @Test
    void refusesWhileTheConnectionIsStaleWithTheGatesReason() {
        h.loginWithCash("1");
        h.presale();
        h.bus.publish(new ConnectionHealthChanged(h.stamp(), ConnectionHealth.STALE,
                "Connection stale: no price for 2.1 s"));
        assertRefused(() -> buy("0.01"), "Connection stale: no price for 2.1 s");
        h.bus.publish(new ConnectionHealthChanged(h.stamp(), ConnectionHealth.HEALTHY, ""));
        buy("0.01");
        assertThat(h.sent).hasSize(1);
    }

    @Test
    void refusesUntilTheServersAccountIsKnown() {
        h.bus.publish(new PlayerIdentified(h.stamp(), TradingHarness.PLAYER, "Dutch"));
        h.presale();
        assertRefused(() -> buy("0.01"), "Waiting for the server's account state");
    }

    @Test
    void refusesOrdersOutsideTheirPhases() {
        h.loginWithCash("1");
        h.phase(Phase.COOLDOWN);
        assertRefused(() -> buy("0.01"), "Cooldown: trading opens at the presale");
        assertRefused(() -> sidebet("0.01"), "Cooldown: trading opens at the presale");
        h.presale();
        assertRefused(() -> sell(100), "Presale: only buys at 1.0");
        h.phase(Phase.ACTIVE);
        h.phase(Phase.RUGGED);
        assertRefused(() -> buy("0.01"), "The game rugged");
    }

    @Test
    void refusesBadAmounts() {
        activeWithCash("2");
        assertRefused(() -> buy("0"), "must be positive");
        assertRefused(() -> buy("-0.01"), "must be positive");
        assertRefused(() -> buy("0.0009"), "below the minimum of 0.001");
        assertRefused(() -> buy("1.5"), "above the maximum bet of 1");
        assertRefused(() -> buy("0.0010000001"), "more than 9 decimals");
        assertRefused(() -> sidebet("0.0005"), "below the minimum");
        buy("0.001000000");
        assertThat(h.sent).hasSize(1);
        h.ack(0, OrderAck.ok());
        assertRefused(() -> sell(0), "1 to 100");
        assertRefused(() -> sell(101), "1 to 100");
    }

    @Test
    void refusesExponentFormsAndAMissingAmount() {
        activeWithCash("2");
        assertRefused(() -> buy("1e400"), "above the maximum bet of 1");
        assertRefused(() -> buy("-1e400"), "must be positive");
        assertRefused(() -> buy("1E-400"), "more than 9 decimals");
        assertRefused(() -> sidebet("1e400"), "above the maximum bet");
        assertRefused(() -> h.bus.publish(new RequestBuy(h.stamp(), null)), "must be positive");
        assertRefused(() -> h.bus.publish(new RequestSidebet(h.stamp(), null)), "must be positive");
        assertThat(h.sent).isEmpty();
    }

    @Test
    void refusesWhatTheAccountCannotAfford() {
        activeWithCash("0.05");
        assertRefused(() -> buy("0.06"), "not enough cash: 0.06 SOL requested, 0.05 available");
        assertRefused(() -> sell(25), "No position to sell");
        buy("0.04");
        // the order in flight already counts: only 0.01 left
        assertRefused(() -> sidebet("0.02"), "not enough cash");
        sidebet("0.01");
        assertRefused(() -> sidebet("0.001"), "A sidebet is already open (until tick 41)");
    }

    @Test
    void refusesASellTooSmallToMoveAToken() {
        activeWithCash("1");
        h.tick(2, "100000");
        buy("0.001");
        h.ack(0, OrderAck.ok());
        assertThat(h.account.expected().orElseThrow().positionQty()).isEqualByComparingTo("0.00000001");
        assertRefused(() -> sell(1), "below 1e-9");
    }

    @Test
    void sendsTheWirePayloadsOfProtocolSection3() {
        activeWithCash("1");
        buy("0.002");
        sidebet("0.0020");
        sell(25);
        assertThat(h.sent).extracting(TradingHarness.Sent::event)
                .containsExactly("buyOrder", "requestSidebet", "sellOrder");
        assertThat(h.sent).extracting(TradingHarness.Sent::payload).containsExactly(
                "{\"amount\":0.002}",
                "{\"amount\":0.002,\"coinAddress\":\"So11111111111111111111111111111111111111112\",\"xPayout\":5}",
                "{\"percentage\":25}");
        assertThat(h.all(OrderSubmitted.class)).extracting(OrderSubmitted::orderId).containsExactly(1L, 2L, 3L);
    }

    @Test
    void successAckConfirmsTheOptimisticBuy() {
        activeWithCash("1");
        buy("0.6");
        assertThat(h.account.expected().orElseThrow().positionQty()).isEqualByComparingTo("0.5");
        assertThat(h.account.confirmed().orElseThrow().hasPosition()).isFalse();
        assertThat(h.last(LocalAccountChanged.class).pendingOrders()).isEqualTo(1);
        assertThat(h.last(LocalAccountChanged.class).expected().positionQty()).isEqualByComparingTo("0.5");
        h.advance(219);
        h.ack(0, OrderAck.ok());
        OrderConfirmed confirmed = h.last(OrderConfirmed.class);
        assertThat(confirmed.orderId()).isEqualTo(1);
        assertThat(confirmed.executionPrice()).isEqualByComparingTo("1.2");
        assertThat(h.account.pending()).isEmpty();
        assertThat(h.last(LocalAccountChanged.class).pendingOrders()).isZero();
        assertThat(h.account.confirmed().orElseThrow().positionQty()).isEqualByComparingTo("0.5");
        assertThat(h.account.confirmed().orElseThrow().cash()).isEqualByComparingTo("0.4");
        assertThat(h.timer.pending()).as("the ACK timeout is cancelled").isZero();
        LatencyMeasured latency = h.last(LatencyMeasured.class);
        assertThat(latency.leg()).isEqualTo(LatencyLeg.TO_ACK);
        assertThat(latency.millis()).isEqualTo(219);
        assertThat(h.all(OrderFailed.class)).isEmpty();
    }

    @Test
    void failureAckRollsBackAndSaysWhy() {
        activeWithCash("1");
        buy("0.5");
        h.ack(0, OrderAck.ok());
        sell(50);
        assertThat(h.account.expected().orElseThrow().positionQty()).isLessThan(new BigDecimal("0.41666"));
        h.ack(1, OrderAck.failed("INSUFFICIENT_POSITION", "nothing to sell"));
        OrderFailed failed = h.last(OrderFailed.class);
        assertThat(failed.orderId()).isEqualTo(2);
        assertThat(failed.reason()).contains("INSUFFICIENT_POSITION").contains("nothing to sell");
        assertThat(h.account.expected()).isEqualTo(h.account.confirmed());
        assertThat(h.account.expected().orElseThrow().positionQty()).isEqualByComparingTo("0.416666666");
        assertThat(h.timer.pending()).as("both ACK timeouts are cancelled").isZero();
    }

    @Test
    void timeoutRollsBackAndALateAckChangesNothing() {
        activeWithCash("1");
        sidebet("0.1");
        assertThat(h.account.expected().orElseThrow().hasOpenSidebet()).isTrue();
        h.advance(4_999);
        assertThat(h.all(OrderFailed.class)).isEmpty();
        h.advance(1);
        assertThat(h.last(OrderFailed.class).reason()).isEqualTo("no acknowledgement within 5000 ms");
        assertThat(h.account.expected().orElseThrow().hasOpenSidebet()).isFalse();
        assertThat(h.account.expected().orElseThrow().cash()).isEqualByComparingTo("1");
        h.ack(0, OrderAck.ok());
        assertThat(h.all(OrderConfirmed.class)).isEmpty();
    }

    @Test
    void theAckTimeoutIsConfigurable() {
        TradingHarness quick = new TradingHarness(TradingSettings.defaults().withAckTimeoutMillis(750));
        quick.loginWithCash("1");
        quick.presale();
        quick.bus.publish(new RequestBuy(quick.stamp(), new BigDecimal("0.01")));
        quick.advance(749);
        assertThat(quick.all(OrderFailed.class)).isEmpty();
        quick.advance(1);
        assertThat(quick.last(OrderFailed.class).reason()).isEqualTo("no acknowledgement within 750 ms");
    }

    @Test
    void anOrderThatCannotBeSentFailsAndRollsBack() {
        activeWithCash("1");
        h.sendFailure = new IllegalStateException("socket disconnected");
        buy("0.1");
        assertThat(h.last(OrderFailed.class).reason()).isEqualTo("not sent: socket disconnected");
        assertThat(h.account.pending()).isEmpty();
        assertThat(h.timer.pending()).as("the ACK timeout is cancelled").isZero();
    }

    @Test
    void presaleBuysExecuteAtOne() {
        h.loginWithCash("1");
        h.presale();
        buy("0.002");
        assertThat(h.last(OrderSubmitted.class).expectedPrice()).isEqualByComparingTo("1");
        assertThat(h.account.expected().orElseThrow().positionQty()).isEqualByComparingTo("0.002");
    }

    @Test
    void aLatencyFarAboveTheRollingMedianIsASpike() {
        activeWithCash("1");
        long[] ackDelays = {100, 110, 90, 100, 105, 250, 460};
        for (int i = 0; i < ackDelays.length; i++) {
            buy("0.01");
            h.advance(ackDelays[i]);
            h.ack(i, OrderAck.ok());
        }
        assertThat(h.all(LatencySpikeDetected.class)).singleElement().satisfies(spike -> {
            assertThat(spike.orderId()).isEqualTo(7);
            assertThat(spike.millis()).isEqualTo(460);
            assertThat(spike.medianMillis()).isEqualTo(100);
        });
        LatencyStats.Snapshot stats = h.controller.latency(LatencyLeg.TO_ACK);
        assertThat(stats.count()).isEqualTo(7);
        assertThat(stats.p50()).isEqualTo(105);
        assertThat(stats.max()).isEqualTo(460);
    }

    /**
     * The ACK comes on the socket's thread: it only publishes, and the order is confirmed on the real domain
     * thread (a direct bus would run everything on the socket thread and could not tell).
     */
    @Test
    void anAckOnTheSocketThreadIsHandedToTheDomainThread() throws Exception {
        ExecutorService domain = DomainThread.start();
        try {
            TradingHarness real = new TradingHarness(TradingSettings.defaults(), domain);
            List<String> confirmedOn = new CopyOnWriteArrayList<>();
            real.bus.subscribe(OrderConfirmed.class, confirmed -> confirmedOn.add(Thread.currentThread().getName()));
            // one task per step: what a step publishes is delivered before the next step runs
            onDomain(domain, () -> real.loginWithCash("1"));
            onDomain(domain, real::presale);
            onDomain(domain, () -> real.phase(Phase.ACTIVE));
            onDomain(domain, () -> real.tick(1, "1.2"));
            onDomain(domain, () -> real.bus.publish(new RequestBuy(real.stamp(), new BigDecimal("0.1"))));
            Consumer<OrderAck> onAck = onDomain(domain, () -> real.sent.get(0).onAck());
            Thread socketThread = new Thread(() -> onAck.accept(OrderAck.ok()), "fake-socket-event-thread");
            socketThread.start();
            socketThread.join();
            await().atMost(Duration.ofSeconds(30)).until(() -> !confirmedOn.isEmpty());
            assertThat(confirmedOn).containsExactly(DomainThread.NAME);
            assertThat(onDomain(domain, () -> real.account.confirmed().orElseThrow().positionQty()))
                    .isEqualByComparingTo(Money.quantityBought(new BigDecimal("0.1"), new BigDecimal("1.2")));
            assertThat(onDomain(domain, () -> real.failures)).isEmpty();
        } finally {
            domain.shutdownNow();
        }
    }

    private static void onDomain(ExecutorService domain, Runnable work) throws Exception {
        domain.submit(work).get(30, TimeUnit.SECONDS);
    }

    private static <T> T onDomain(ExecutorService domain, Callable<T> read) throws Exception {
        return domain.submit(read).get(30, TimeUnit.SECONDS);
    }
}
