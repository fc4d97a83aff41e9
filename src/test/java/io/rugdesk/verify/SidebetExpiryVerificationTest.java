package io.rugdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.OpenSidebet;
import io.rugdesk.game.Phase;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.TradingHarness;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lost sidebet while a position is open and the price moves. The server settles a tick's expiries before it sends
 * that tick (protocol.md §4.7; the simulator: expire, {@code playerUpdate}, then {@code gameStateUpdate}), so the
 * update showing the lost stake still marks the position at the previous tick's price. Figures: 0.1 SOL bought
 * in presale at 1 (0.1 tokens), a 0.01 SOL sidebet at tick 1 (window 1…41, lost at its end tick 41), 1.2 until
 * tick 40, 1.5 from tick 41.
 */
class SidebetExpiryVerificationTest {

    private final TradingHarness h = new TradingHarness();
    private final StateVerifier verifier = new StateVerifier(h.bus, h.account, Tolerances.defaults());

    /** Sidebet open: P&L floor9(0.1 × 1.2) − 0.1 = 0.02; invested the position's 0.1 and the stake. */
    private final AccountFigures open = figures("0.89", "0.02", "0", new OpenSidebet(1, 41, new BigDecimal("0.01"),
            new BigDecimal("5")));
    /** Lost at tick 41, the window's end, still marked at tick 40's 1.2: P&L 0.02 − 0.01. */
    private final AccountFigures lost = figures("0.89", "0.01", "-0.01", null);

    @BeforeEach
    void positionAndSidebetOpen() {
        verifier.start();
        h.loginWithCash("1");
        h.presale();
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.1")));
        h.serverSays(figures("0.9", "0", "0", null));
        h.ack(0, OrderAck.ok());
        h.phase(Phase.ACTIVE);
        h.tick(1, "1.2");
    }

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    @Test
    void aConfirmedSidebetLostBeforeTheTickIsSentIsInSyncAtThePreviousPrice() {
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.01")));
        h.serverSays(open);
        h.ack(1, OrderAck.ok());
        ticksBeforeTheWindowsEnd();
        h.serverSays(lost);
        h.tick(41, "1.5");

        assertThat(h.all(StateVerified.class)).extracting(StateVerified::status)
                .containsOnly(VerificationStatus.IN_SYNC);
        assertThat(verifier.drifts()).isZero();
        assertThat(h.account.confirmed().orElseThrow().sidebetPnl()).isEqualByComparingTo("-0.01");
    }

    @Test
    void aSidebetStillInFlightLostBeforeTheTickIsSentIsInSyncAtThePreviousPrice() {
        h.bus.publish(new RequestSidebet(h.stamp(), new BigDecimal("0.01")));
        h.serverSays(open);
        ticksBeforeTheWindowsEnd();
        h.serverSays(lost);
        h.tick(41, "1.5");
        h.ack(1, OrderAck.ok());
        h.serverSays(figures("0.89", "0.04", "-0.01", null));   // marked at 1.5: floor9(0.1 × 1.5) − 0.1 − 0.01

        assertThat(h.all(StateVerified.class)).extracting(StateVerified::status)
                .containsOnly(VerificationStatus.IN_SYNC);
        assertThat(verifier.drifts()).isZero();
    }

    private void ticksBeforeTheWindowsEnd() {
        for (int tick = 2; tick < 41; tick++) {
            h.tick(tick, "1.2");
        }
    }

    /** 0.1 tokens at an average cost of 1 with {@code cash}, this P&amp;L and sidebet. */
    private static AccountFigures figures(String cash, String pnl, String sidebetPnl, OpenSidebet sidebet) {
        BigDecimal invested = new BigDecimal(sidebet == null && sidebetPnl.equals("0") ? "0.1" : "0.11");
        return new AccountFigures(new BigDecimal(cash), new BigDecimal("0.1"), BigDecimal.ONE, new BigDecimal(pnl),
                invested, new BigDecimal(sidebetPnl), sidebet);
    }
}
