package io.rugdesk.risk;

/** Which limit refused an order; {@link #code()} is the key in reports, {@link #option()} the command-line name. */
public enum RiskReason {
    MAX_SESSION_LOSS("max-session-loss"),
    MAX_POSITION("max-position"),
    STOP_AFTER_LOSSES("stop-after-losses");

    private final String option;

    RiskReason(String option) {
        this.option = option;
    }

    public String code() {
        return name();
    }

    public String option() {
        return option;
    }
}
