package io.rugdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.game.Phase;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.TradingHarness;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random games against a scripted server that executes each order 0–2 ticks after the request (as a
 * busy server does), sends its playerUpdate before the ACK, and settles sidebets and the rug: the verifier must
 * never report drift, and every order must be matched to the update that includes it. (Reconciliation is
 * under test here, not accounting: the scripted server keeps its books with PlayerAccount; the simulator, with its
 * own accounting, is the independent check over loopback.)
 */
class StateVerifierPropertyTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ordersExecutedAtLaterTicksNeverLookLikeDrift(long seed) {
        Random random = new Random(seed);
        TradingHarness h = new TradingHarness();
        StateVerifier verifier = new StateVerifier(h.bus, h.account, Tolerances.defaults());
        verifier.start();
        h.loginWithCash("10");
        PlayerAccount server = PlayerAccount.withCash(new BigDecimal("10"));
        h.presale();
        h.phase(Phase.ACTIVE);
        BigDecimal price = BigDecimal.ONE;
        int tick = 0;
        int orders = 0;
        while (tick < 200) {
            price = nextPrice(random, price);
            h.tick(++tick, price.toPlainString());
            server = server.expireSidebet(tick);
            if (random.nextInt(4) == 0) {
                h.serverSays(AccountFigures.of(server, price));
            }
            int sentBefore = h.sent.size();
            switch (random.nextInt(6)) {
                case 0, 1 -> h.bus.publish(new RequestBuy(h.stamp(),
                        BigDecimal.valueOf(1 + random.nextInt(500_000), 6)));
                case 2, 3 -> h.bus.publish(new RequestSell(h.stamp(), 1 + random.nextInt(100)));
                case 4 -> h.bus.publish(new RequestSidebet(h.stamp(), BigDecimal.valueOf(1 + random.nextInt(100), 3)));
                default -> { }
            }
            if (h.sent.size() == sentBefore) {
                continue;
            }
            OrderSubmitted order = h.last(OrderSubmitted.class);
            for (int delay = random.nextInt(3); delay > 0; delay--) {
                price = nextPrice(random, price);
                h.tick(++tick, price.toPlainString());
                server = server.expireSidebet(tick);
            }
            server = switch (order.kind()) {
                case BUY -> server.buy(order.amount(), price);
                case SELL -> server.sell(order.percentage(), price);
                case SIDEBET -> server.placeSidebet(order.amount(), tick);
            };
            h.serverSays(AccountFigures.of(server, price));
            h.ack(h.sent.size() - 1, OrderAck.ok());
            orders++;
            if (order.kind() == OrderKind.SIDEBET) {
                assertThat(h.account.confirmed().orElseThrow().sidebet().startTick()).isEqualTo(tick);
            } else {
                assertThat(h.last(OrderConfirmed.class).executionPrice()).isEqualByComparingTo(price);
            }
        }
        BigDecimal rugPrice = new BigDecimal("0.0031");
        server = server.liquidateAtRug(rugPrice, tick + 1);
        if (random.nextBoolean()) {
            h.serverSays(AccountFigures.of(server, rugPrice));
            h.rug(tick + 1, rugPrice.toPlainString());
        } else {
            h.rug(tick + 1, rugPrice.toPlainString());
            h.serverSays(AccountFigures.of(server, rugPrice));
        }
        assertThat(orders).isPositive();
        assertThat(h.all(StateDriftDetected.class)).isEmpty();
        assertThat(verifier.status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(h.all(io.rugdesk.trading.OrderSeenInServerState.class)).hasSize(orders);
        h.assertNoSubscriberFailed();
    }

    private static BigDecimal nextPrice(Random random, BigDecimal price) {
        return price.multiply(BigDecimal.valueOf(950 + random.nextInt(110), 3)).setScale(16, RoundingMode.DOWN);
    }
}
