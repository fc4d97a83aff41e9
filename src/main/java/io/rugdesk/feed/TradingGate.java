package io.rugdesk.feed;

/**
 * The answer to "may an order be sent now?", for the trading controller's local checks. Thread: read on the
 * domain thread only.
 */
public interface TradingGate {

    /** True when an order may be sent now. */
    boolean tradingAllowed();

    /** Why trading is refused, or "Trading allowed". */
    String reason();
}
