package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.risk.RiskLimits;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What {@code bot --live} calls this machine (no token needed) and how it names the limits it will trade under. */
class LivePlanTest {

    @Test
    void onlyThisMachineIsLoopback() {
        assertThat(LivePlan.loopback("http://127.0.0.1:4000")).isTrue();
        assertThat(LivePlan.loopback("http://127.3.2.1")).isTrue();
        assertThat(LivePlan.loopback("http://localhost:4000/socket.io/")).isTrue();
        assertThat(LivePlan.loopback("http://[::1]:4000")).isTrue();
        assertThat(LivePlan.loopback("https://backend.rugs.fun")).isFalse();
        assertThat(LivePlan.loopback("http://127.0.0.1.example.com")).isFalse();
        assertThat(LivePlan.loopback("http://10.0.0.1:4000")).isFalse();
        assertThat(LivePlan.loopback("not a url")).isFalse();
    }

    @Test
    void limitsAreNamedByTheirOptions() {
        assertThat(LivePlan.limits(RiskLimits.NONE)).isEqualTo("none");
        assertThat(LivePlan.limits(new RiskLimits(new BigDecimal("0.20"), null, 3, new BigDecimal("0.1"), null, null,
                Duration.ofMillis(1500), BigDecimal.ONE))).isEqualTo("max-session-loss 0.2 SOL, max-buy 0.1 SOL,"
                + " keep-balance 1 SOL, stop-after-losses 3, min-order-interval 1.500 s");
    }
}
