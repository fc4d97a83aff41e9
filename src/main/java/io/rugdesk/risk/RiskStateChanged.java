package io.rugdesk.risk;

import io.rugdesk.event.Stamp;

/**
 * Whether new buys and sidebets are stopped: {@code stoppedBy} the limit (or the emergency stop) reached, null
 * when armed; {@code message} for the indicator bar. Published by {@link RiskControl} on every change; the window
 * shows it until the user re-arms.
 */
public record RiskStateChanged(Stamp stamp, RiskReason stoppedBy, String message) implements RiskEvent {

    public boolean armed() {
        return stoppedBy == null;
    }
}
