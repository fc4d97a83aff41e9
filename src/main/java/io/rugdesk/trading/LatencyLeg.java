package io.rugdesk.trading;

/** Which round trip a latency measures, both from the moment the order was sent. */
public enum LatencyLeg {
    /** Until the first {@code playerUpdate} that includes the order. */
    TO_STATE_UPDATE,
    /** Until the ACK. */
    TO_ACK
}
