package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** One order's latency on one leg, with that leg's rolling statistics after adding it. */
public record LatencyMeasured(Stamp stamp, long orderId, LatencyLeg leg, long millis, LatencyStats.Snapshot stats)
        implements TradeEvent { }
