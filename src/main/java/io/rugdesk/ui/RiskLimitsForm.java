package io.rugdesk.ui;

import java.math.BigDecimal;

/**
 * The Settings → Risk limits dialog's values, each optional (null: no limit): SOL amounts, the losing streak,
 * seconds between orders, and whether the emergency stop sells the open position. Thread: immutable.
 */
public record RiskLimitsForm(BigDecimal maxBuy, BigDecimal maxPosition, BigDecimal maxSidebet,
                             BigDecimal maxSessionLoss, BigDecimal maxDailyLoss, Integer stopAfterLosses,
                             BigDecimal minSecondsBetweenOrders, BigDecimal keepAtLeast,
                             boolean sellOnEmergencyStop) {

    public static final RiskLimitsForm NONE = new RiskLimitsForm(null, null, null, null, null, null, null, null,
            true);
}
