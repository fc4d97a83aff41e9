package io.rugdesk.recording;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock and a {@link RecordingScheduler} that only move when the test says so. Thread: the test's. */
final class ManualTime extends Clock implements RecordingScheduler {

    private record Task(long dueAt, long order, Runnable run, boolean[] cancelled) { }

    private long now;
    private long order;
    private final List<Task> tasks = new ArrayList<>();

    ManualTime(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now + delay.toMillis(), order++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves time forward, running every task that falls due, in due order. */
    void advance(Duration by) {
        long target = now + by.toMillis();
        while (true) {
            Task next = tasks.stream().filter(t -> t.dueAt() <= target)
                    .min(Comparator.comparingLong(Task::dueAt).thenComparingLong(Task::order)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = Math.max(now, next.dueAt());
            if (!next.cancelled()[0]) {
                next.run().run();
            }
        }
        now = target;
    }

    /** Tasks scheduled and neither run nor cancelled. */
    long pending() {
        return tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(now);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
