package io.rugdesk.risk;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * A buy or sidebet the guard refused: {@code message} is the sentence for the event log and the toast,
 * {@code automatic} when a strategy asked. Published by {@link RiskControl}; the strategy runner, the window and
 * the reports listen.
 */
public record OrderRefusedByRisk(Stamp stamp, RiskGuard.Order order, BigDecimal amount, RiskReason reason,
                                 String message, boolean automatic) implements RiskEvent { }
