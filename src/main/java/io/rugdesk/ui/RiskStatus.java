package io.rugdesk.ui;

/**
 * Whether the risk guard lets new buys and sidebets through: {@code stopped} by a limit or the emergency stop
 * (shown in red until the user re-arms), {@code text} for the window. Thread: immutable.
 */
public record RiskStatus(boolean stopped, String text) {

    public static final RiskStatus ARMED = new RiskStatus(false, "Risk limits armed");

    public RiskStatus {
        text = text == null ? "" : text;
    }
}
