package io.rugdesk.risk;

/**
 * Which limit refused an order; {@link #code()} is the key in reports, {@link #option()} the command-line name.
 * {@link #stops()}: reaching it stops new buys and sidebets until the user re-arms (the others refuse one order).
 */
public enum RiskReason {
    MAX_SESSION_LOSS("max-session-loss", true),
    MAX_POSITION("max-position", false),
    STOP_AFTER_LOSSES("stop-after-losses", true),
    MAX_BUY("max-buy", false),
    MAX_SIDEBET("max-sidebet", false),
    MAX_DAILY_LOSS("max-daily-loss", true),
    MIN_ORDER_INTERVAL("min-order-interval", false),
    KEEP_BALANCE("keep-balance", false),
    EMERGENCY_STOP("emergency-stop", true);

    private final String option;
    private final boolean stops;

    RiskReason(String option, boolean stops) {
        this.option = option;
        this.stops = stops;
    }

    public String code() {
        return name();
    }

    public String option() {
        return option;
    }

    public boolean stops() {
        return stops;
    }
}
