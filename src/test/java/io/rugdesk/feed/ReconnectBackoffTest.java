package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    @Test
    void doublesFromTheInitialDelayUpToTheCapWithoutJitter() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(10), 0, () -> 0.5);
        assertThat(new long[] {backoff.delayMillis(1), backoff.delayMillis(2), backoff.delayMillis(3),
                backoff.delayMillis(4), backoff.delayMillis(5), backoff.delayMillis(6), backoff.delayMillis(1000)})
                .containsExactly(500, 1000, 2000, 4000, 8000, 10_000, 10_000);
    }

    @Test
    void jitterSpreadsEachDelayButNeverBreaksTheCap() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(10), 0.3,
                new Random(42)::nextDouble);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 1000; i++) {
            long first = backoff.delayMillis(1);
            min = Math.min(min, first);
            max = Math.max(max, first);
            assertThat(backoff.delayMillis(30)).isBetween(7000L, 10_000L);
        }
        assertThat(min).isBetween(350L, 400L);
        assertThat(max).isBetween(600L, 650L);
    }

    @Test
    void refusesAJitterOutsideZeroToOne() {
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofMillis(1), Duration.ofMillis(2), 1.5, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
