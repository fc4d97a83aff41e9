package io.rugdesk.protocol;

import java.math.BigDecimal;
import java.util.SortedMap;

/** Sliding window of the last ≤ 5 tick prices: {@code endTick = tickCount}, keys are ticks. */
public record PartialPrices(int startTick, int endTick, SortedMap<Integer, BigDecimal> values) {
    public PartialPrices {
        values = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(values));
    }
}
