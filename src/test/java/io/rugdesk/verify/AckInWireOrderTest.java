package io.rugdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.protocol.GameStateShape;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.ProvablyFair;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.PendingOrder;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.TradingHarness;
import io.rugdesk.trading.TradingSettings;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ACK of an order against a domain thread that lags behind the socket (a loaded machine): frames and ACKs are
 * handed to the bus in wire order, as socket.io-client's EventThread does, while the domain executor is held, then
 * the domain catches up. The ticks come from real {@code gameStateUpdate}s through the {@link GameLifecycle} and the
 * server states from {@code playerUpdate}s through the player tracker, so every domain fact takes the step it takes
 * in the app. Figures: the DT-Q2 round trip (protocol.md §2.3, §3.2) with the buy executed a tick later at 1.5.
 */
class AckInWireOrderTest {

    private final Queue<Runnable> domain = new ArrayDeque<>();
    private final TradingHarness h = new TradingHarness(TradingSettings.defaults().withAckTimeoutMillis(5_000),
            domain::add);
    private final StateVerifier verifier = new StateVerifier(h.bus, h.account, Tolerances.defaults());
    private long frame;

    @BeforeEach
    void dtq2UpToTheSecondBuy() {
        new GameLifecycle(h.bus).start();
        verifier.start();
        caughtUp();
        h.loginWithCash("0.09903525");
        gameState(false, "1", 0, 9_000);   // presale
        caughtUp();
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.002")));
        caughtUp();
        h.playerUpdate("0.09703525", "0.002", "1", "0", "0.002", null);
        h.ack(0, OrderAck.ok());
        gameState(true, "1", 0, 0);
        for (int tick = 1; tick < 16; tick++) {
            gameState(true, "1.2", tick, 0);
        }
        gameState(true, "1.4444769765026393", 16, 0);
        caughtUp();
        assertThat(h.account.confirmed().orElseThrow().positionQty()).isEqualByComparingTo("0.002");
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.002")));   // sent at tick 16
        caughtUp();
    }

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    @Test
    void anAckQueuedRightBehindItsPlayerUpdateIsHandledAfterTheServerStateAndTheTickBeforeIt() {
        // on the wire: the tick the server executed the buy at, the account update, the ACK, the next tick;
        // the domain thread sees none of them until all four have arrived
        gameState(true, "1.5", 17, 0);
        h.playerUpdate("0.09503525", "0.003333333", "1.199999819", "0.000999999", "0.004", null);
        h.ack(1, OrderAck.ok());
        gameState(true, "1.5", 18, 0);
        caughtUp();

        // qty floor9(0.002 / 1.5) = 0.001333333 more, at 1.5 (not at tick 16's 1.444…, where the buy was sent)
        assertThat(h.last(OrderConfirmed.class).executionPrice()).isEqualByComparingTo("1.5");
        assertThat(h.account.confirmed().orElseThrow().positionQty()).isEqualByComparingTo("0.003333333");
        assertThat(h.all(StateVerified.class)).extracting(StateVerified::status)
                .containsOnly(VerificationStatus.IN_SYNC);
        assertThat(verifier.drifts()).isZero();
        h.playerUpdate("0.09503525", "0.003333333", "1.199999819", "0.000999999", "0.004", null);
        caughtUp();
        assertThat(h.last(StateVerified.class).status()).isEqualTo(VerificationStatus.IN_SYNC);
    }

    @Test
    void anAckThatCameOffTheSocketBeforeTheTimeoutIsNotTimedOutWhileItWaitsForTheDomainThread() {
        gameState(true, "1.5", 17, 0);
        h.playerUpdate("0.09503525", "0.003333333", "1.199999819", "0.000999999", "0.004", null);
        h.advance(4_900);
        h.ack(1, OrderAck.ok());
        h.advance(200);   // the timeout falls due while the ACK still waits on the bus
        caughtUp();

        assertThat(h.all(OrderFailed.class)).isEmpty();
        assertThat(h.last(OrderConfirmed.class).orderId()).isEqualTo(2);
        assertThat(h.account.confirmed().orElseThrow().positionQty()).isEqualByComparingTo("0.003333333");
        assertThat(verifier.drifts()).isZero();
    }

    @Test
    void aTickAlreadyOnTheWireWhenTheOrderWasSentIsNotWhereItExecuted() {
        // a buy requested while tick 17 is already on the wire, handled by the domain thread 10 ms later
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.002")));
        gameState(true, "1.5", 17, 0);
        h.advance(10);
        caughtUp();

        // the server cannot execute it before tick 17: shown at 1.5, floor9(0.002 / 1.5) = 0.001333333, on top of
        // 0.002 and the buy still in flight from tick 16, floor9(0.002 / 1.4444769765026393) = 0.001384584
        assertThat(h.account.pending(3)).hasValueSatisfying(order -> assertThat(order.candidates())
                .extracting(PendingOrder.TickPrice::tick).containsExactly(17));
        assertThat(h.account.expected().orElseThrow().positionQty()).isEqualByComparingTo("0.004717917");
    }

    @Test
    void aPaperExchangeOnTheDomainThreadExecutesAtTheTickHandledBeforeTheOrder() {
        // the same late domain thread, but the order goes to a paper exchange following the bus: it fills at tick 16
        // (handled before the request), so tick 17, though on the wire before the order was sent, only adds to it
        h.paperExchange = true;
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.002")));
        gameState(true, "1.5", 17, 0);
        h.advance(10);
        caughtUp();

        assertThat(h.account.pending(3)).hasValueSatisfying(order -> assertThat(order.candidates())
                .extracting(PendingOrder.TickPrice::tick).containsExactly(16, 17));
    }

    @Test
    void withoutAnAckTheTimeoutStillRollsTheOrderBack() {
        h.advance(5_000);
        caughtUp();

        assertThat(h.last(OrderFailed.class).orderId()).isEqualTo(2);
        assertThat(h.account.pending()).isEmpty();
    }

    /** The domain thread runs everything handed to it so far, and what that hands on. */
    private void caughtUp() {
        for (Runnable next = domain.poll(); next != null; next = domain.poll()) {
            next.run();
        }
    }

    /** A {@code gameStateUpdate} of the harness's game as it comes off the wire (not yet delivered). */
    private void gameState(boolean active, String price, int tick, int cooldownTimer) {
        frame++;
        h.bus.publish(new GameStateUpdate(new Stamp(1_000_000 + frame, h.timer.millis()), GameStateShape.OTHER,
                TradingHarness.GAME, active, false, new BigDecimal(price), tick, cooldownTimer, false,
                cooldownTimer > 0 && cooldownTimer <= 10_000, 200, 0, List.of(), null, List.of(), List.of(),
                new ProvablyFair("hash", "v3"), null));
    }
}
