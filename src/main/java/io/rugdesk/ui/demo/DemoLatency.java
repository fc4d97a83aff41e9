package io.rugdesk.ui.demo;

import io.rugdesk.ui.UiSnapshot.Latency;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fake request→confirmation latencies for the demo, with injectable extra delay. Thread: the demo's domain thread. */
final class DemoLatency {

    private final Random random;
    private final List<Long> samples = new ArrayList<>();
    private int extraMs;
    private boolean spike;

    DemoLatency(Random random) {
        this.random = random;
    }

    /** One order confirmed now: records a plausible latency; three times the median counts as a spike. */
    void confirmed() {
        long ms = 40 + random.nextInt(40) + extraMs;
        spike = !samples.isEmpty() && ms > 3 * snapshot().p50Ms();
        samples.add(ms);
    }

    int addExtra(int ms) {
        extraMs += ms;
        return extraMs;
    }

    Latency snapshot() {
        if (samples.isEmpty()) {
            return Latency.none();
        }
        List<Long> sorted = new ArrayList<>(samples);
        sorted.sort(null);
        long p50 = sorted.get((sorted.size() - 1) / 2);
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        return new Latency(samples.get(samples.size() - 1), p50, p95, samples.size(), spike);
    }
}
