package io.rugdesk.risk;

import io.rugdesk.event.Stamp;

/**
 * The user re-arms after a limit or the emergency stop: orders pass again and the loss limits count from now.
 * Published by the window's commands; handled by {@link RiskControl}.
 */
public record RequestRiskRearm(Stamp stamp) implements RiskEvent { }
