package io.rugdesk.trading;

/** What an order does, and the Socket.IO event it is sent as (protocol.md §3). */
public enum OrderKind {
    BUY("buyOrder"),
    SELL("sellOrder"),
    SIDEBET("requestSidebet");

    private final String wireEvent;

    OrderKind(String wireEvent) {
        this.wireEvent = wireEvent;
    }

    /** The client → server event name. */
    public String wireEvent() {
        return wireEvent;
    }
}
