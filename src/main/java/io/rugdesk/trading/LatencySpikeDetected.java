package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** An order's latency was far above the rolling median of its leg (see {@link LatencySpikeDetector}). */
public record LatencySpikeDetected(Stamp stamp, long orderId, LatencyLeg leg, long millis, long medianMillis)
        implements TradeEvent { }
