package io.rugdesk.risk;

import io.rugdesk.event.Stamp;

/**
 * The emergency stop was pulled: strategy runners stop at once; {@code sellPosition} says whether the owner of the
 * position (the trading controller live, the paper trader on paper) sells 100 % now. Published by
 * {@link RiskControl}.
 */
public record EmergencyStopEngaged(Stamp stamp, String why, boolean sellPosition) implements RiskEvent { }
