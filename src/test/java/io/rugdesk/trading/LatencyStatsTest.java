package io.rugdesk.trading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void nearestRankPercentilesOverTheRollingWindow() {
        LatencyStats stats = new LatencyStats(100);
        assertThat(stats.snapshot()).isEqualTo(new LatencyStats.Snapshot(0, 0, 0, 0, 0));
        for (int i = 1; i <= 100; i++) {
            stats.add(i);
        }
        assertThat(stats.snapshot()).isEqualTo(new LatencyStats.Snapshot(100, 50, 95, 99, 100));
        for (int i = 0; i < 100; i++) {
            stats.add(1_000);
        }
        assertThat(stats.snapshot()).isEqualTo(new LatencyStats.Snapshot(100, 1_000, 1_000, 1_000, 1_000));
    }

    @Test
    void spikeNeedsBothTheFactorAndTheAbsoluteMarginAndEnoughSamples() {
        LatencySpikeDetector detector = LatencySpikeDetector.defaults();
        LatencyStats loopback = new LatencyStats(10);
        for (int i = 0; i < 5; i++) {
            loopback.add(3);
        }
        assertThat(detector.isSpike(50, loopback.snapshot())).as("10× but only +47 ms").isFalse();
        assertThat(detector.isSpike(104, loopback.snapshot())).isTrue();
        LatencyStats few = new LatencyStats(10);
        few.add(100);
        assertThat(detector.isSpike(10_000, few.snapshot())).as("one sample is no median").isFalse();
    }
}
