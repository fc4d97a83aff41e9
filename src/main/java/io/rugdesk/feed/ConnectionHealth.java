package io.rugdesk.feed;

/** How well the feed is flowing, from best to worst. */
public enum ConnectionHealth {
    /** Frames arrive at the expected cadence. */
    HEALTHY,
    /** Frames are late, the connection keeps dropping, or frames are being rejected: usable with care. */
    DEGRADED,
    /** No price for about two seconds: what is on screen may be wrong. */
    STALE,
    /** No connection. */
    DISCONNECTED;

    /** True when this is worse than {@code other}. */
    public boolean worseThan(ConnectionHealth other) {
        return compareTo(other) > 0;
    }
}
