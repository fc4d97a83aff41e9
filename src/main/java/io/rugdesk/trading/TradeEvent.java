package io.rugdesk.trading;

import io.rugdesk.event.Event;

/** Facts about orders: their life cycle, latencies, and whether trading is permitted. */
public sealed interface TradeEvent extends Event
        permits OrderSubmitted, OrderRejected, OrderAcknowledged, OrderTimedOut, OrderConfirmed, OrderFailed,
                OrderSeenInServerState, LatencyMeasured, LatencySpikeDetected, TradingPermissionChanged,
                StrategyFilled { }
