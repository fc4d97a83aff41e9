package io.rugdesk.risk;

import io.rugdesk.event.Stamp;

/**
 * The emergency stop (button, Ctrl+Shift+X, SIGINT/SIGTERM of the bot): every strategy stops, new buys and sidebets
 * are refused until {@link RequestRiskRearm}, and the open position is sold when the settings say so. Published by
 * the ui port's command, the bot runner; handled by {@link RiskControl} on the domain thread.
 */
public record RequestEmergencyStop(Stamp stamp, String why) implements RiskEvent { }
