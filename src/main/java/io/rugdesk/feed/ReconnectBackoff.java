package io.rugdesk.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff with jitter: attempt n waits {@code initial * 2^(n-1)}, at most {@code max}, then
 * spread by ±{@code jitter} so many clients do not reconnect in lockstep. Pure: the random source is given.
 */
public final class ReconnectBackoff {

    private final long initialMs;
    private final long maxMs;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param jitter fraction 0…1 of the delay to spread by
     * @param random uniform numbers in [0, 1)
     */
    public ReconnectBackoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {
        this.initialMs = Math.max(1, initial.toMillis());
        this.maxMs = Math.max(initialMs, max.toMillis());
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
        this.jitter = jitter;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Delay before attempt {@code attempt} (1 = first reconnect), never above the cap. */
    public long delayMillis(int attempt) {
        long base = initialMs;
        for (int i = 1; i < attempt && base < maxMs; i++) {
            base = Math.min(maxMs, base * 2);
        }
        long spread = Math.round(base * jitter * (2 * random.getAsDouble() - 1));
        return Math.max(1, Math.min(maxMs, base + spread));
    }
}
