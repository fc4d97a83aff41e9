package io.rugdesk.app.gui;

import io.rugdesk.risk.RiskLimits;
import io.rugdesk.risk.RiskSettings;
import io.rugdesk.risk.RiskStateChanged;
import io.rugdesk.ui.RiskLimitsForm;
import io.rugdesk.ui.RiskStatus;
import java.math.BigDecimal;
import java.time.Duration;

/** Between the risk package's values and the ui port's plain ones. Thread: any (pure). */
final class RiskForms {

    private RiskForms() {
    }

    /** The dialog's values as settings; a value the limits refuse throws with the limit's name. */
    static RiskSettings settings(RiskLimitsForm form) {
        Duration interval = form.minSecondsBetweenOrders() == null ? null
                : Duration.ofMillis(form.minSecondsBetweenOrders().movePointRight(3).longValue());
        return new RiskSettings(new RiskLimits(form.maxSessionLoss(), form.maxPosition(), form.stopAfterLosses(),
                form.maxBuy(), form.maxSidebet(), form.maxDailyLoss(), interval, form.keepAtLeast()),
                form.sellOnEmergencyStop());
    }

    static RiskLimitsForm form(RiskSettings settings) {
        RiskLimits l = settings.limits();
        return new RiskLimitsForm(l.maxBuy(), l.maxPosition(), l.maxSidebet(), l.maxSessionLoss(), l.maxDailyLoss(),
                l.stopAfterLosses(), l.minOrderInterval() == null ? null
                : BigDecimal.valueOf(l.minOrderInterval().toMillis()).movePointLeft(3),
                l.keepAtLeast(), settings.sellOnEmergencyStop());
    }

    static RiskStatus status(RiskStateChanged state) {
        return state == null || state.armed() ? RiskStatus.ARMED : new RiskStatus(true, state.message());
    }
}
