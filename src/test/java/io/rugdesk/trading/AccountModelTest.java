package io.rugdesk.trading;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.TickObserved;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.game.Phase;
import io.rugdesk.protocol.OrderAck;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local account follows the game: sidebet expiry, the rug, abandoned games, the next game. */
class AccountModelTest {

    private final TradingHarness h = new TradingHarness();

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    private PlayerAccount confirmed() {
        return h.account.confirmed().orElseThrow();
    }

    private void activeWithPositionAndSidebet() {
        h.loginWithCash("1");
        h.presale();
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.1")));
        h.ack(0, OrderAck.ok());
        h.phase(Phase.ACTIVE);
        h.tick(1, "1.1");
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.01")));
        h.ack(1, OrderAck.ok());
    }

    @Test
    void sidebetIsLostLocallyAtTheRunningTickThatEndsItsWindow() {
        activeWithPositionAndSidebet();
        assertThat(confirmed().sidebet().endTick()).isEqualTo(41);
        h.tick(40, "1.3");
        assertThat(confirmed().hasOpenSidebet()).isTrue();
        h.tick(41, "1.3");   // protocol.md §4.7: settled, the server takes the next bet on this tick
        assertThat(confirmed().hasOpenSidebet()).isFalse();
        assertThat(confirmed().sidebetPnl()).isEqualByComparingTo("-0.01");
    }

    /** The rug's own message is a tick too (GameLifecycle publishes it, phase RUGGED): at the end tick it wins. */
    @Test
    void aRugAtTheWindowsEndTickWinsTheSidebet() {
        activeWithPositionAndSidebet();
        h.tick(40, "1.3");
        h.phase(Phase.RUGGED);
        h.bus.publish(new TickObserved(h.stamp(), TradingHarness.GAME, 41, new BigDecimal("0.01"), Phase.RUGGED));
        h.bus.publish(new GameEnded(h.stamp(), TradingHarness.GAME, GameEnded.Reason.RUGGED, 41,
                new BigDecimal("0.01")));
        assertThat(confirmed().hasOpenSidebet()).isFalse();
        assertThat(confirmed().sidebetPnl()).isEqualByComparingTo("0.04");   // 5 × 0.01 back, 0.01 staked
        // not even for a moment between the rug's tick and its settlement is the bet shown lost
        assertThat(h.all(LocalAccountChanged.class)).extracting(changed -> changed.expected().sidebetPnl())
                .allSatisfy(pnl -> assertThat(pnl.signum()).isNotNegative());
    }

    @Test
    void theRugLiquidatesAndPaysAWinningSidebetThenTheNextGameStartsFlat() {
        activeWithPositionAndSidebet();
        h.rug(20, "0.01");
        assertThat(confirmed().positionQty()).isZero();
        // 1 − 0.1 − 0.01 + floor9(0.1 × 0.01) + 5 × 0.01
        assertThat(confirmed().cash()).isEqualByComparingTo("0.941");
        h.bus.publish(new GameStarted(h.stamp(), "next-game", 0, false, "hash2"));
        assertThat(confirmed().cash()).isEqualByComparingTo("0.941");
        assertThat(confirmed().totalInvested()).isZero();
        assertThat(confirmed().gamePnl(BigDecimal.ONE)).isZero();
        assertThat(h.account.gameId()).isEqualTo("next-game");
    }

    @Test
    void aPresaleBuyIsStillHeldWhenTheGameStarts() {
        h.loginWithCash("1");
        h.presale();
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.1")));
        h.ack(0, OrderAck.ok());
        h.bus.publish(new GameStarted(h.stamp(), TradingHarness.GAME, 0, false, "hash"));
        h.phase(Phase.ACTIVE);
        assertThat(confirmed().positionQty()).isEqualByComparingTo("0.1");
        assertThat(confirmed().cash()).isEqualByComparingTo("0.9");
    }

    @Test
    void anAbandonedGameOrAMidGameJoinKeepsTheAccount() {
        activeWithPositionAndSidebet();
        PlayerAccount before = confirmed();
        h.bus.publish(new GameEnded(h.stamp(), TradingHarness.GAME, GameEnded.Reason.ABANDONED, null, null));
        h.bus.publish(new GameStarted(h.stamp(), TradingHarness.GAME, 57, true, "hash"));
        assertThat(confirmed()).isEqualTo(before);
    }

    @Test
    void aSidebetTakesTheWindowTheAckReports() {
        h.loginWithCash("1");
        h.presale();
        h.phase(Phase.ACTIVE);
        h.tick(264, "0.2");
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.001")));
        h.ack(0, new OrderAck(true, null, "Side bet placed", new io.rugdesk.protocol.SidebetPlacement(
                TradingHarness.PLAYER, TradingHarness.GAME, "Dutch", 14, new BigDecimal("0.2"),
                new BigDecimal("0.001"), new BigDecimal("5"), TradingController.SOL_COIN_ADDRESS, 265, 305, 265,
                1_766_892_383_152L, "placed")));
        assertThat(confirmed().sidebet().startTick()).isEqualTo(265);
        assertThat(confirmed().sidebet().endTick()).isEqualTo(305);
    }

    @Test
    void aConfirmedOrderTheLocalAccountCannotTakeIsReportedNotDropped() {
        h.loginWithCash("1");
        h.sellAcknowledgedAfterTheRug();

        ConfirmedOrderNotApplied notApplied = h.last(ConfirmedOrderNotApplied.class);
        assertThat(notApplied.orderId()).isEqualTo(h.last(OrderSubmitted.class).orderId());
        assertThat(notApplied.kind()).isEqualTo(OrderKind.SELL);
        assertThat(notApplied.tick()).isEqualTo(1);
        assertThat(notApplied.reason()).contains("nothing to sell");
        // the account goes on without it: liquidated at the rug, 1 − 0.1 + floor9(0.1 × 0.01)
        assertThat(confirmed().positionQty()).isZero();
        assertThat(confirmed().cash()).isEqualByComparingTo("0.901");
        assertThat(h.account.pending()).isEmpty();
    }

    @Test
    void anOrderThatStillAppliesIsNotReported() {
        activeWithPositionAndSidebet();
        assertThat(h.all(ConfirmedOrderNotApplied.class)).isEmpty();
    }
}
