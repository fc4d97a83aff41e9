package io.rugdesk.trading;

import io.rugdesk.game.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Limits and timing of the trading controller. The real maximum bet is unknown (protocol.md §4.5: real buys of
 * 3 SOL were seen), so it is a setting.
 */
public record TradingSettings(BigDecimal minOrder, BigDecimal maxBet, long ackTimeoutMillis, int latencyWindow,
                              LatencySpikeDetector spikeDetector) {

    public TradingSettings {
        Objects.requireNonNull(minOrder, "minOrder");
        Objects.requireNonNull(maxBet, "maxBet");
        Objects.requireNonNull(spikeDetector, "spikeDetector");
        if (ackTimeoutMillis <= 0 || latencyWindow <= 0) {
            throw new IllegalArgumentException("timeout and latency window must be positive");
        }
    }

    /** Min 0.001 SOL, max 5 SOL, 5 s ACK timeout, last 100 latencies, default spike rule. */
    public static TradingSettings defaults() {
        return new TradingSettings(Money.MIN_ORDER, BigDecimal.valueOf(5), 5_000, 100,
                LatencySpikeDetector.defaults());
    }

    public TradingSettings withMaxBet(BigDecimal value) {
        return new TradingSettings(minOrder, value, ackTimeoutMillis, latencyWindow, spikeDetector);
    }

    public TradingSettings withAckTimeoutMillis(long value) {
        return new TradingSettings(minOrder, maxBet, value, latencyWindow, spikeDetector);
    }
}
