package io.rugdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RiskGuardTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theSessionLossLimitStopsBuysAndSidebetsButNotSells() {
        RiskGuard guard = new RiskGuard(new RiskLimits(d("0.2"), null, null));
        assertThat(guard.check(RiskGuard.Order.BUY, d("0.1"), d("-0.19"), BigDecimal.ZERO)).isNull();
        assertThat(guard.stoppedBy()).isNull();
        RiskRefusal refused = guard.check(RiskGuard.Order.SIDEBET, d("0.1"), d("-0.2"), BigDecimal.ZERO);
        assertThat(refused.reason()).isEqualTo(RiskReason.MAX_SESSION_LOSS);
        assertThat(refused.message()).isEqualTo(
                "Refused: the session loss limit of 0.2 SOL is reached (realised -0.2 SOL).");
        assertThat(guard.check(RiskGuard.Order.SELL, d("0"), d("-0.3"), d("1"))).isNull();
        assertThat(guard.check(RiskGuard.Order.BUY, d("0.1"), d("0.5"), BigDecimal.ZERO).reason())
                .isEqualTo(RiskReason.MAX_SESSION_LOSS);   // stays stopped until re-armed
        assertThat(guard.stoppedBy()).isEqualTo(RiskReason.MAX_SESSION_LOSS);
        guard.rearm();
        assertThat(guard.check(RiskGuard.Order.BUY, d("0.1"), d("0.5"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void theSessionLossIsNoticedAtTheEndOfAGameToo() {
        RiskGuard guard = new RiskGuard(new RiskLimits(d("1"), null, null));
        guard.gameEnded(d("-1.5"), true, d("-1.5"));
        assertThat(guard.stoppedBy()).isEqualTo(RiskReason.MAX_SESSION_LOSS);
    }

    @Test
    void thePositionLimitCountsSolAtCost() {
        RiskGuard guard = new RiskGuard(new RiskLimits(null, d("0.5"), null));
        assertThat(guard.check(RiskGuard.Order.BUY, d("0.2"), BigDecimal.ZERO, d("0.3"))).isNull();
        assertThat(guard.check(RiskGuard.Order.BUY, d("0.2"), BigDecimal.ZERO, d("0.31")).reason())
                .isEqualTo(RiskReason.MAX_POSITION);
        assertThat(guard.check(RiskGuard.Order.SIDEBET, d("5"), BigDecimal.ZERO, d("0.31"))).isNull();
        assertThat(guard.stoppedBy()).isNull();
    }

    @Test
    void consecutiveLosingGamesStopTradingUntilRearmed() {
        RiskGuard guard = new RiskGuard(new RiskLimits(null, null, 3));
        guard.gameEnded(d("-0.1"), true, d("-0.1"));
        guard.gameEnded(d("-0.1"), true, d("-0.2"));
        guard.gameEnded(d("0"), false, d("-0.2"));       // not traded: no effect
        guard.gameEnded(d("0.05"), true, d("-0.15"));    // a win resets
        guard.gameEnded(d("-0.1"), true, d("-0.25"));
        guard.gameEnded(d("-0.1"), true, d("-0.35"));
        assertThat(guard.check(RiskGuard.Order.BUY, d("0.1"), d("-0.35"), BigDecimal.ZERO)).isNull();
        guard.gameEnded(d("-0.1"), true, d("-0.45"));
        assertThat(guard.stoppedBy()).isEqualTo(RiskReason.STOP_AFTER_LOSSES);
        assertThat(guard.check(RiskGuard.Order.BUY, d("0.1"), d("-0.45"), BigDecimal.ZERO).message())
                .isEqualTo("Refused: 3 losing games in a row; trading stopped.");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new RiskLimits(d("-1"), null, null)).hasMessageContaining("max-session-loss");
        assertThatThrownBy(() -> new RiskLimits(null, d("0"), null)).hasMessageContaining("max-position");
        assertThatThrownBy(() -> new RiskLimits(null, null, 0)).hasMessageContaining("stop-after-losses");
        assertThat(new RiskLimits(null, d("1"), null).sessionLevel()).isFalse();
        assertThat(new RiskLimits(null, null, 2).sessionLevel()).isTrue();
    }
}
