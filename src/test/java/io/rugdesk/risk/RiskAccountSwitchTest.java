package io.rugdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window switches the orders from a 10 SOL paper account to a 2 SOL real one: the loss limits count from the
 * new account (not a session loss of 8 SOL), while without the switch the same change is a loss the guard refuses.
 */
class RiskAccountSwitchTest {

    private static final RiskControl.Book PAPER = new RiskControl.Book(BigDecimal.TEN, BigDecimal.ZERO,
            BigDecimal.ZERO);
    private static final RiskControl.Book REAL = new RiskControl.Book(new BigDecimal("2"), BigDecimal.ZERO,
            BigDecimal.ZERO);
    private static final BigDecimal BUY = new BigDecimal("0.1");

    private final List<EventBus.Failure> failures = new ArrayList<>();

    @Test
    void afterTheSwitchTheSessionLossCountsFromTheNewAccount() {
        RiskControl risk = guard();
        assertThat(risk.check(RiskGuard.Order.BUY, BUY, PAPER, false, stamp())).isNull();
        risk.accountSwitched();
        assertThat(risk.check(RiskGuard.Order.BUY, BUY, REAL, false, stamp())).isNull();
        assertThat(failures).isEmpty();
    }

    @Test
    void withoutTheSwitchTheSmallerAccountLooksLikeALoss() {
        RiskControl risk = guard();
        assertThat(risk.check(RiskGuard.Order.BUY, BUY, PAPER, false, stamp())).isNull();
        RiskRefusal refused = risk.check(RiskGuard.Order.BUY, BUY, REAL, false, stamp());
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(RiskReason.MAX_SESSION_LOSS);
    }

    private RiskControl guard() {
        EventBus bus = EventBus.direct(failures::add);
        RiskLimits limits = new RiskLimits(new BigDecimal("0.5"), null, null, null, null, null, null, null);
        RiskControl risk = new RiskControl(bus, new RiskSettings(limits, true), () -> REAL,
                Clock.fixed(Instant.parse("2025-12-15T12:00:00Z"), ZoneOffset.UTC), null, RiskControl.Mode.ROUTED);
        risk.start();
        return risk;
    }

    private static Stamp stamp() {
        return Stamp.local(0, 0);
    }
}
