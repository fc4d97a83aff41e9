package io.rugdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.TradingHarness;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard in front of the real trading controller and account model (direct bus, fake gateway): each limit
 * refuses with its sentence as {@link OrderRejected} (the event log and toast) and {@link OrderRefusedByRisk},
 * nothing is sent; stopping limits publish {@link RiskStateChanged} and hold until re-armed.
 */
class RiskControlTest {

    private final TradingHarness h = new TradingHarness();
    private RiskControl risk;
    private int game;

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    private void guard(RiskLimits limits) {
        risk = new RiskControl(h.bus, new RiskSettings(limits, true),
                () -> h.account.expected().map(RiskControl.Book::of).orElse(null), h.timer.clock(), null,
                RiskControl.Mode.LIVE);
        risk.start();
        h.controller.guardWith(risk);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private void buy(String amount) {
        h.bus.publish(new RequestBuy(h.stamp(), d(amount)));
    }

    private void newGameActive() {
        String id = "20251215-risk" + (++game);
        h.bus.publish(new GameStarted(h.stamp(), id, 0, false, "hash"));
        h.bus.publish(new PhaseChanged(h.stamp(), id, h.account.phase(), Phase.PRESALE));
        h.bus.publish(new TickObserved(h.stamp(), id, 0, BigDecimal.ONE, Phase.PRESALE));
        h.bus.publish(new PhaseChanged(h.stamp(), id, Phase.PRESALE, Phase.ACTIVE));
        h.bus.publish(new TickObserved(h.stamp(), id, 1, BigDecimal.ONE, Phase.ACTIVE));
    }

    private void rugAt(String price) {
        String id = "20251215-risk" + game;
        h.bus.publish(new io.rugdesk.game.GameEnded(h.stamp(), id, io.rugdesk.game.GameEnded.Reason.RUGGED, 9,
                d(price)));
        h.bus.publish(new PhaseChanged(h.stamp(), id, Phase.ACTIVE, Phase.RUGGED));
    }

    private void ackAll() {
        for (int i = 0; i < h.sent.size(); i++) {
            h.ack(i, OrderAck.ok());
        }
    }

    private void assertRefused(Runnable order, String message, RiskReason reason) {
        int sent = h.sent.size();
        order.run();
        assertThat(h.last(OrderRefusedByRisk.class).message()).isEqualTo(message);
        assertThat(h.last(OrderRefusedByRisk.class).reason()).isEqualTo(reason);
        assertThat("Refused: " + h.last(OrderRejected.class).reason()).isEqualTo(message);
        assertThat(h.sent).as("nothing sent").hasSize(sent);
    }

    private void assertSent(Runnable order) {
        int sent = h.sent.size();
        order.run();
        assertThat(h.sent).hasSize(sent + 1);
    }

    @Test
    void maxBuyRefusesALargerBuyOnly() {
        guard(RiskLimits.NONE.withMaxBuy(d("0.2")));
        h.loginWithCash("5");
        newGameActive();
        assertRefused(() -> buy("0.5"), "Refused: a buy of 0.5 SOL is above the limit of 0.2 SOL per buy.",
                RiskReason.MAX_BUY);
        assertThat(h.last(OrderRefusedByRisk.class).automatic()).isFalse();
        assertSent(() -> buy("0.2"));
        assertThat(risk.stoppedBy()).isNull();
    }

    @Test
    void maxSidebetRefusesALargerStake() {
        guard(RiskLimits.NONE.withMaxSidebet(d("0.05")));
        h.loginWithCash("5");
        newGameActive();
        assertRefused(() -> h.bus.publish(new RequestSidebet(h.stamp(), d("0.1"))),
                "Refused: a sidebet of 0.1 SOL is above the limit of 0.05 SOL per sidebet.", RiskReason.MAX_SIDEBET);
        assertSent(() -> h.bus.publish(new RequestSidebet(h.stamp(), d("0.05"))));
    }

    @Test
    void maxPositionCountsTheSolPaidForTheTokensHeld() {
        guard(RiskLimits.NONE.withMaxPosition(d("0.5")));
        h.loginWithCash("5");
        newGameActive();
        assertSent(() -> buy("0.3"));
        assertRefused(() -> buy("0.3"), "Refused: buying 0.3 SOL would hold 0.6 SOL at cost, above the position"
                + " limit of 0.5 SOL.", RiskReason.MAX_POSITION);
        assertSent(() -> h.bus.publish(new RequestSell(h.stamp(), 100)));
        assertSent(() -> buy("0.3"));
    }

    @Test
    void keepAtLeastProtectsTheRestOfTheBalance() {
        guard(RiskLimits.NONE.withKeepAtLeast(d("0.8")));
        h.loginWithCash("1");
        newGameActive();
        assertRefused(() -> buy("0.3"), "Refused: 0.3 SOL would leave 0.7 SOL, below the 0.8 SOL to keep.",
                RiskReason.KEEP_BALANCE);
        assertSent(() -> buy("0.2"));
    }

    @Test
    void minIntervalBetweenOrdersUsesTheInjectedClock() {
        guard(RiskLimits.NONE.withMinOrderInterval(Duration.ofSeconds(2)));
        h.loginWithCash("5");
        newGameActive();
        assertSent(() -> buy("0.1"));
        h.advance(1_500);
        assertRefused(() -> buy("0.1"), "Refused: only 1.5 s since the last order; the limit is one every 2 s.",
                RiskReason.MIN_ORDER_INTERVAL);
        assertSent(() -> h.bus.publish(new RequestSell(h.stamp(), 50)));   // a sell is never held back
        h.advance(500);
        assertSent(() -> buy("0.1"));
    }

    @Test
    void theSessionLossLimitStopsBuysAndSidebetsUntilRearmed() {
        guard(RiskLimits.NONE.withMaxSessionLoss(d("0.2")));
        h.loginWithCash("5");
        newGameActive();
        assertSent(() -> buy("0.5"));
        ackAll();
        rugAt("0.5");   // the position of 0.5 SOL is liquidated for 0.25: −0.25
        assertThat(h.last(RiskStateChanged.class).stoppedBy()).isEqualTo(RiskReason.MAX_SESSION_LOSS);
        assertThat(h.last(RiskStateChanged.class).message()).startsWith("Session loss limit 0.2 SOL reached");
        newGameActive();
        assertRefused(() -> buy("0.1"), "Refused: the session loss limit of 0.2 SOL is reached (realised -0.25 SOL).",
                RiskReason.MAX_SESSION_LOSS);
        assertRefused(() -> h.bus.publish(new RequestSidebet(h.stamp(), d("0.01"))),
                "Refused: the session loss limit of 0.2 SOL is reached (realised -0.25 SOL).",
                RiskReason.MAX_SESSION_LOSS);
        h.bus.publish(new RequestRiskRearm(h.stamp()));
        assertThat(h.last(RiskStateChanged.class).armed()).isTrue();
        assertSent(() -> buy("0.1"));
    }

    @Test
    void theDailyLossLimitHoldsOverMidnightUntilRearmed() {
        guard(RiskLimits.NONE.withMaxDailyLoss(d("0.1")));
        h.loginWithCash("5");
        newGameActive();
        assertSent(() -> buy("0.4"));
        ackAll();
        rugAt("0.5");
        assertThat(risk.stoppedBy()).isEqualTo(RiskReason.MAX_DAILY_LOSS);
        h.advance(Duration.ofDays(1).toMillis());
        newGameActive();
        assertRefused(() -> buy("0.1"), "Refused: the daily loss limit of 0.1 SOL is reached (realised today 0"
                + " SOL).", RiskReason.MAX_DAILY_LOSS);
        h.bus.publish(new RequestRiskRearm(h.stamp()));
        assertSent(() -> buy("0.1"));
    }

    @Test
    void losingGamesInARowStopTrading() {
        guard(RiskLimits.NONE.withStopAfterLosses(2));
        h.loginWithCash("5");
        for (int i = 0; i < 2; i++) {
            newGameActive();
            assertSent(() -> buy("0.1"));
            ackAll();
            rugAt("0.5");
        }
        assertThat(risk.stoppedBy()).isEqualTo(RiskReason.STOP_AFTER_LOSSES);
        newGameActive();
        assertRefused(() -> buy("0.1"), "Refused: 2 losing games in a row; trading stopped.",
                RiskReason.STOP_AFTER_LOSSES);
    }

    @Test
    void theEmergencyStopSellsTheWholePositionAndRefusesNewBuysUntilRearmed() {
        guard(RiskLimits.NONE);
        h.loginWithCash("5");
        newGameActive();
        assertSent(() -> buy("0.3"));
        ackAll();
        int sent = h.sent.size();
        h.bus.publish(new RequestEmergencyStop(h.stamp(), "button"));
        assertThat(h.last(EmergencyStopEngaged.class).sellPosition()).isTrue();
        assertThat(h.last(RequestSell.class).percentage()).isEqualTo(100);
        assertThat(h.sent).hasSize(sent + 1);
        assertThat(h.sent.get(sent).payload()).contains("\"percentage\":100");
        assertRefused(() -> buy("0.1"), "Refused: the emergency stop is on; re-arm to trade again.",
                RiskReason.EMERGENCY_STOP);
        assertThat(h.last(RiskStateChanged.class).message()).startsWith("EMERGENCY STOP");
        h.bus.publish(new RequestRiskRearm(h.stamp()));
        assertSent(() -> buy("0.1"));
    }

    @Test
    void anAutomaticOrderIsRefusedTheSameWayAndMarkedSo() {
        guard(RiskLimits.NONE.withMaxBuy(d("0.2")));
        h.loginWithCash("5");
        newGameActive();
        RequestBuy fromStrategy = new RequestBuy(h.stamp(), d("0.3"));
        risk.markAutomatic(fromStrategy);
        assertRefused(() -> h.bus.publish(fromStrategy),
                "Refused: a buy of 0.3 SOL is above the limit of 0.2 SOL per buy.", RiskReason.MAX_BUY);
        assertThat(h.last(OrderRefusedByRisk.class).automatic()).isTrue();
    }

    @Test
    void newSettingsApplyAndArePersisted(@TempDir Path dir) {
        risk = new RiskControl(h.bus, RiskSettings.DEFAULTS,
                () -> h.account.expected().map(RiskControl.Book::of).orElse(null), h.timer.clock(), dir,
                RiskControl.Mode.LIVE);
        risk.start();
        h.controller.guardWith(risk);
        RiskSettings wanted = new RiskSettings(new RiskLimits(d("0.2"), d("1"), 3, d("0.5"), d("0.05"), d("0.4"),
                Duration.ofMillis(1500), d("2")), false);
        h.bus.publish(new RequestRiskSettings(h.stamp(), wanted));
        assertThat(risk.settings()).isEqualTo(wanted);
        assertThat(RiskSettings.load(dir)).isEqualTo(wanted);
        assertThat(RiskSettings.load(dir.resolve("none"))).isEqualTo(RiskSettings.DEFAULTS);
    }
}
