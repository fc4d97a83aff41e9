package io.rugdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.OpenSidebet;
import io.rugdesk.game.Phase;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.SideBetInfo;
import io.rugdesk.trading.ConfirmedOrderNotApplied;
import io.rugdesk.trading.LatencyLeg;
import io.rugdesk.trading.LatencyMeasured;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.RequestAdoptServerState;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.TradingHarness;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verifier against the real DT-Q2 round trip (protocol.md §2.3, §3.2) and hand-made deviations. */
class StateVerifierTest {

    private static final String TICK_16_PRICE = "1.4444769765026393";

    private final TradingHarness h = new TradingHarness();
    private final StateVerifier verifier = started(new StateVerifier(h.bus, h.account, Tolerances.defaults()));

    private static StateVerifier started(StateVerifier verifier) {
        verifier.start();
        return verifier;
    }

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    private void buy(String amount) {
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal(amount)));
    }

    /** DT-Q2 up to the second buy: 0.002 in presale (confirmed), active up to tick 16. */
    private void dtq2BeforeSecondBuy() {
        h.loginWithCash("0.09903525");
        h.presale();
        buy("0.002");
        h.playerUpdate("0.09703525", "0.002", "1", "0", "0.002", null);
        h.ack(0, OrderAck.ok());
        h.phase(Phase.ACTIVE);
        for (int tick = 1; tick < 16; tick++) {
            h.tick(tick, "1.2");
        }
        h.tick(16, TICK_16_PRICE);
    }

    private StateVerified lastVerified() {
        return h.last(StateVerified.class);
    }

    @Test
    void unverifiedUntilTheFirstServerStateWhichSeedsTheLocalModel() {
        assertThat(verifier.status()).isEqualTo(VerificationStatus.UNVERIFIED);
        h.loginWithCash("0.5");
        assertThat(h.last(ServerStateAdopted.class).reason()).isEqualTo(ServerStateAdopted.Reason.INITIAL);
        assertThat(verifier.status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(h.account.expected().orElseThrow().cash()).isEqualByComparingTo("0.5");
    }

    @Test
    void unauthenticatedSessionStaysUnverifiedAndCannotAdopt() {
        h.bus.publish(new PlayerUpdate(h.stamp(), null, false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
        assertThat(verifier.status()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(h.tracker.isLoggedIn()).isFalse();
        h.bus.publish(new RequestAdoptServerState(h.stamp()));
        assertThat(h.last(OrderRejected.class).reason()).isEqualTo("no server state to adopt yet");
    }

    @Test
    void theRealBuyRoundTripIsInSyncAndMatchedBeforeItsAck() {
        dtq2BeforeSecondBuy();
        buy("0.002");
        h.advance(198);
        h.playerUpdate("0.09503525", "0.003384584", "1.181828845", "0.000888953", "0.004", null);
        StateVerified verified = lastVerified();
        assertThat(verified.status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(verified.matchedOrderIds()).containsExactly(2L);
        assertThat(verified.fields()).extracting(FieldComparison::field).containsExactly(StateField.values());
        h.advance(21);
        h.ack(1, OrderAck.ok());
        List<LatencyMeasured> latencies = h.all(LatencyMeasured.class);
        assertThat(latencies.get(latencies.size() - 2)).satisfies(l -> {
            assertThat(l.leg()).isEqualTo(LatencyLeg.TO_STATE_UPDATE);
            assertThat(l.millis()).isEqualTo(198);
        });
        assertThat(latencies.get(latencies.size() - 1).millis()).isEqualTo(219);
        assertThat(h.all(StateDriftDetected.class)).isEmpty();
        assertThat(verifier.drifts()).isZero();
        h.playerUpdate("0.09503525", "0.003384584", "1.181828845", "0.000888953", "0.004", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
    }

    @Test
    void anOrderExecutedAtALaterTickThanRequestedIsMatchedNotFlagged() {
        dtq2BeforeSecondBuy();
        buy("0.002");
        h.tick(17, "1.5");
        h.playerUpdate("0.09503525", "0.003333333", "1.199999819", "0.000999999", "0.004", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.ack(1, OrderAck.ok());
        assertThat(h.last(OrderConfirmed.class).executionPrice()).isEqualByComparingTo("1.5");
        assertThat(h.account.confirmed().orElseThrow().positionQty()).isEqualByComparingTo("0.003333333");
    }

    @Test
    void anUpdateThatDoesNotYetIncludeTheOrderInFlightIsNotFlagged() {
        dtq2BeforeSecondBuy();
        buy("0.002");
        h.playerUpdate("0.09703525", "0.002", "1", "0.000888953", "0.002", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(lastVerified().matchedOrderIds()).isEmpty();
    }

    @Test
    void dustIsWithinTolerance() {
        dtq2BeforeSecondBuy();
        h.playerUpdate("0.097035251", "0.002", "1", "0.000888953", "0.002", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.WITHIN_TOLERANCE);
        assertThat(h.all(StateDriftDetected.class)).isEmpty();
    }

    @Test
    void driftNamesTheFieldsAndTheirDifferences() {
        dtq2BeforeSecondBuy();
        h.playerUpdate("0.08703525", "0.003", "1", "0.001333429", "0.002", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.DRIFT);
        StateDriftDetected drift = h.last(StateDriftDetected.class);
        assertThat(drift.drifted()).extracting(FieldComparison::field)
                .containsExactly(StateField.CASH, StateField.POSITION_QTY, StateField.CUMULATIVE_PNL);
        FieldComparison cash = drift.drifted().get(0);
        assertThat(cash.local()).isEqualByComparingTo("0.09703525");
        assertThat(cash.server()).isEqualByComparingTo("0.08703525");
        assertThat(cash.difference()).isEqualByComparingTo("-0.01");
        assertThat(drift.drifted().get(1).difference()).isEqualByComparingTo("0.001");
        assertThat(verifier.drifts()).isEqualTo(1);
        assertThat(lastVerified().drifts()).isEqualTo(1);
    }

    @Test
    void adoptingTheServerStateEndsTheDrift() {
        dtq2BeforeSecondBuy();
        h.playerUpdate("0.08703525", "0.003", "1.1", "0.001", "0.0033", null);
        assertThat(verifier.status()).isEqualTo(VerificationStatus.DRIFT);
        h.bus.publish(new RequestAdoptServerState(h.stamp()));
        ServerStateAdopted adopted = h.last(ServerStateAdopted.class);
        assertThat(adopted.reason()).isEqualTo(ServerStateAdopted.Reason.USER_REQUEST);
        AccountFigures local = AccountFigures.of(h.account.expected().orElseThrow(), new BigDecimal(TICK_16_PRICE));
        assertThat(local.cash()).isEqualByComparingTo("0.08703525");
        assertThat(local.positionQty()).isEqualByComparingTo("0.003");
        assertThat(local.avgCost()).isEqualByComparingTo("1.1");
        assertThat(local.cumulativePnL()).isEqualByComparingTo("0.001");
        assertThat(verifier.status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.playerUpdate("0.08703525", "0.003", "1.1", "0.001", "0.0033", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
    }

    @Test
    void zeroToleranceTurnsDustIntoDrift() {
        TradingHarness strict = new TradingHarness();
        StateVerifier strictVerifier = started(new StateVerifier(strict.bus, strict.account,
                Tolerances.defaults().with(StateField.CASH, BigDecimal.ZERO)));
        strict.loginWithCash("1");
        strict.playerUpdate("1.000000001", "0", "0", "0", "0", null);
        assertThat(strictVerifier.status()).isEqualTo(VerificationStatus.DRIFT);
    }

    @Test
    void aServerStateThatAlreadyShowsTheRugIsHeldUntilTheRug() {
        dtq2BeforeSecondBuy();
        buy("0.002");
        h.playerUpdate("0.09503525", "0.003384584", "1.181828845", "0.000888953", "0.004", null);
        h.ack(1, OrderAck.ok());
        h.playerUpdate("0.095052172", "0", "0", "-0.003983078", "0.004", null);
        assertThat(h.all(StateDriftDetected.class)).isEmpty();
        assertThat(verifier.status()).isEqualTo(VerificationStatus.UNVERIFIED);
        h.rug(17, "0.005");
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
    }

    @Test
    void aWonSidebetSettlesLocallyLikeOnTheServer() {
        dtq2BeforeSecondBuy();
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.001")));
        h.playerUpdate("0.09603525", "0.002", "1", "0.000888953", "0.003",
                new SideBetInfo(16, TradingHarness.GAME, 56, new BigDecimal("0.001"), new BigDecimal("5"), "So1"));
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.ack(1, OrderAck.ok());
        h.rug(30, "0.01");
        // liquidation: floor9(0.002 × 0.01) = 0.00002; sidebet pays 0.005
        h.playerUpdate("0.10105525", "0", "0", "0.00202", "0.003", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
    }

    @Test
    void aSidebetShownExecutedButAcknowledgedOnlyAfterTheRugSettlesWithTheRug() {
        // seen on loopback at 50x: the ACK of a sidebet placed a few ticks before the rug came after the rug
        dtq2BeforeSecondBuy();
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.001")));
        h.serverSays(figures("0.09603525", "0.002", "1", "0.000888953", "0.003", "0", openSidebet(16, 56)));
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.tick(30, "0.01");
        h.rug(30, "0.01");
        // the server settles in two steps: the sidebet pays 0.005 first, the position is sold after
        h.serverSays(figures("0.10103525", "0.002", "1", "0.00202", "0.003", "0.004", null));
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.ack(1, OrderAck.ok());
        h.serverSays(figures("0.10105525", "0", "0", "0.00202", "0.003", "0.004", null));
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(verifier.drifts()).isZero();
        assertThat(h.account.pending()).isEmpty();
        assertThat(h.account.expected().orElseThrow().cash()).isEqualByComparingTo("0.10105525");
    }

    @Test
    void aPositionSoldAtTheRugBeforeTheSidebetIsPaidIsNoDriftEither() {
        dtq2BeforeSecondBuy();
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.001")));
        h.serverSays(figures("0.09603525", "0.002", "1", "0.000888953", "0.003", "0", openSidebet(16, 56)));
        h.ack(1, OrderAck.ok());
        h.tick(30, "0.01");
        h.rug(30, "0.01");
        h.serverSays(figures("0.09605525", "0", "0", "-0.00198", "0.003", "0", openSidebet(16, 56)));
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.serverSays(figures("0.10105525", "0", "0", "0.00202", "0.003", "0.004", null));
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(verifier.drifts()).isZero();
    }

    @Test
    void aSidebetWhoseWindowRunsOutBeforeItsAckIsLostLocallyToo() {
        // seen on loopback under load: the server settled the loss at the window's end before the ACK came
        dtq2BeforeSecondBuy();
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.001")));
        h.serverSays(figures("0.09603525", "0.002", "1", "0.000888953", "0.003", "0", openSidebet(16, 56)));
        for (int tick = 17; tick < 56; tick++) {
            h.tick(tick, TICK_16_PRICE);
        }
        // tick 56 ends the window: the server reports the lost stake (P&L 0.000888953 − 0.001), then the tick
        AccountFigures lost = figures("0.09603525", "0.002", "1", "-0.000111047", "0.003", "-0.001", null);
        h.serverSays(lost);
        h.tick(56, TICK_16_PRICE);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(h.account.expected().orElseThrow().hasOpenSidebet()).isFalse();
        h.ack(1, OrderAck.ok());
        h.serverSays(lost);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(h.account.confirmed().orElseThrow().sidebetPnl()).isEqualByComparingTo("-0.001");
        assertThat(verifier.drifts()).isZero();
    }

    @Test
    void aBuyInsideTheSidebetWindowAcknowledgedOnlyAfterTheExpiryCountsTheSidebetInTotalInvested() {
        // seen on loopback under load: the buy's ACK came after the tick that lost the sidebet
        dtq2BeforeSecondBuy();
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.001")));
        h.serverSays(figures("0.09603525", "0.002", "1", "0.000888953", "0.003", "0", openSidebet(16, 56)));
        h.ack(1, OrderAck.ok());
        for (int tick = 17; tick <= 50; tick++) {
            h.tick(tick, "2");
        }
        buy("0.002");
        // at 2: 0.001 tokens; invested 0.004 in lots + 0.001 sidebet; avgCost (0.002 + 0.002) / 0.003;
        // P&L floor9(0.003 × 2) − 0.004
        h.serverSays(figures("0.09403525", "0.003", "1.333333333", "0.002", "0.005", "0", openSidebet(16, 56)));
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        for (int tick = 51; tick <= 55; tick++) {
            h.tick(tick, "2");
        }
        // tick 56, the window's end (price 2.5), loses the sidebet (protocol.md §4.7): P&L floor9(0.003 × 2.5) − 0.004
        // − 0.001, reported before the tick
        AccountFigures lost = figures("0.09403525", "0.003", "1.333333333", "0.0025", "0.005", "-0.001", null);
        h.serverSays(lost);
        h.tick(56, "2.5");
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.ack(2, OrderAck.ok());
        h.serverSays(lost);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(h.account.confirmed().orElseThrow().totalInvested()).isEqualByComparingTo("0.005");
        assertThat(h.account.confirmed().orElseThrow().hasOpenSidebet()).isFalse();
        assertThat(verifier.drifts()).isZero();
    }

    @Test
    void anOrderInFlightForManyTicksIsMatchedAtTheTickItExecutedAt() {
        // under load, or against a fast simulator, a hundred ticks can pass between the click and the server state
        dtq2BeforeSecondBuy();
        buy("0.002");
        for (int tick = 17; tick < 116; tick++) {
            h.tick(tick, "1.2");
        }
        h.tick(116, "1.5");
        h.playerUpdate("0.09503525", "0.003333333", "1.199999819", "0.000999999", "0.004", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        h.ack(1, OrderAck.ok());
        assertThat(h.last(OrderConfirmed.class).executionPrice()).isEqualByComparingTo("1.5");
        assertThat(verifier.drifts()).isZero();
    }

    private static OpenSidebet openSidebet(int start, int end) {
        return new OpenSidebet(start, end, new BigDecimal("0.001"), new BigDecimal("5"));
    }

    private static AccountFigures figures(String cash, String qty, String avgCost, String pnl, String invested,
                                          String sidebetPnl, OpenSidebet sidebet) {
        return new AccountFigures(new BigDecimal(cash), new BigDecimal(qty), new BigDecimal(avgCost),
                new BigDecimal(pnl), new BigDecimal(invested), new BigDecimal(sidebetPnl), sidebet);
    }

    @Test
    void anotherPlayersAccountIsAdoptedNotReportedAsDrift() {
        h.loginWithCash("0.5");
        h.bus.publish(new PlayerUpdate(h.stamp(), "did:privy:someone-else", true, new BigDecimal("7"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
        assertThat(h.last(ServerStateAdopted.class).reason()).isEqualTo(ServerStateAdopted.Reason.PLAYER_CHANGED);
        assertThat(h.all(StateDriftDetected.class)).isEmpty();
        assertThat(verifier.status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(h.account.expected().orElseThrow().cash()).isEqualByComparingTo("7");
    }

    /** DT-Q2 at tick 16, the server off in one field only: that field alone drifts, with both values. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AVG_COST,       1.1, 0.002, 1,     1.1",
        "TOTAL_INVESTED, 1,   0.003, 0.002, 0.003"})
    void aFieldDriftsAlone(StateField field, String avgCost, String invested, String local, String server) {
        dtq2BeforeSecondBuy();
        h.playerUpdate("0.09703525", "0.002", avgCost, "0.000888953", invested, null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.DRIFT);
        assertThat(h.last(StateDriftDetected.class).drifted()).singleElement().satisfies(drift -> {
            assertThat(drift.field()).isEqualTo(field);
            assertThat(drift.local()).isEqualByComparingTo(local);
            assertThat(drift.server()).isEqualByComparingTo(server);
        });
    }

    @Test
    void avgCostIsNotComparedWhileNeitherSideHoldsAPosition() {
        h.loginWithCash("1");
        // flat on both sides: a leftover avgCost on the server is not a drift (protocol.md: only while held)
        h.playerUpdate("1", "0", "0.5", "0", "0", null);
        assertThat(lastVerified().status()).isEqualTo(VerificationStatus.IN_SYNC);
        assertThat(lastVerified().fields()).extracting(FieldComparison::field).doesNotContain(StateField.AVG_COST);
        // once the server holds a position the local side lacks, avgCost is compared again
        h.playerUpdate("1", "0.1", "0.5", "0", "0", null);
        assertThat(lastVerified().fields()).extracting(FieldComparison::field).contains(StateField.AVG_COST);
        assertThat(h.last(StateDriftDetected.class).drifted()).extracting(FieldComparison::field)
                .contains(StateField.POSITION_QTY, StateField.AVG_COST);
    }

    @Test
    void aConfirmedOrderTheLocalAccountCannotTakeIsADrift() {
        h.loginWithCash("1");
        long driftsBefore = verifier.drifts();
        h.sellAcknowledgedAfterTheRug();
        assertThat(h.all(ConfirmedOrderNotApplied.class)).hasSize(1);
        assertThat(verifier.status()).isEqualTo(VerificationStatus.DRIFT);
        assertThat(verifier.drifts()).isEqualTo(driftsBefore + 1);
    }
}
