package io.rugdesk.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link DomainTimer} whose time only moves when the test says so: it keeps the tasks, and
 * {@link #advance(Duration)} runs what falls due, in due order (ties in scheduling order), each at its due time;
 * a periodic task is re-armed one period later. Its time can also serve as the test's clock ({@link #millis()},
 * {@link #clock()}).
 *
 * <p>Thread: the test's (the "domain thread" of a test is the thread that calls {@link #advance}).
 */
public final class ManualTimer implements DomainTimer {

    private final class Task implements Handle {
        final Runnable run;
        final long period;
        long dueAt;
        long order;

        Task(Runnable run, long dueAt, long period) {
            this.run = run;
            this.dueAt = dueAt;
            this.period = period;
            this.order = nextOrder++;
        }

        @Override
        public void close() {
            tasks.remove(this);
        }
    }

    private static final Comparator<Task> DUE_ORDER =
            Comparator.<Task>comparingLong(t -> t.dueAt).thenComparingLong(t -> t.order);

    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long nextOrder;

    /** Time starts at 0. */
    public ManualTimer() {
        this(0);
    }

    /** Time starts at {@code startMillis} (epoch milliseconds when it is also the clock). */
    public ManualTimer(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public Handle after(Duration delay, Runnable task) {
        return keep(new Task(task, now + Math.max(0, delay.toMillis()), 0));
    }

    @Override
    public Handle every(Duration period, Runnable task) {
        long millis = Math.max(1, period.toMillis()); // as DomainTimer.on
        return keep(new Task(task, now + millis, millis));
    }

    private Handle keep(Task task) {
        tasks.add(task);
        return task;
    }

    /**
     * Moves time forward by {@code by}, running every task that falls due on the way (tasks scheduled by a task
     * run too if they fall due). A task that throws fails the test; the timer is consistent afterwards.
     */
    public void advance(Duration by) {
        long target = now + by.toMillis();
        while (true) {
            Task next = tasks.stream().filter(t -> t.dueAt <= target).min(DUE_ORDER).orElse(null);
            if (next == null) {
                break;
            }
            now = Math.max(now, next.dueAt);
            if (next.period > 0) {
                next.dueAt += next.period;
                next.order = nextOrder++;
            } else {
                tasks.remove(next);
            }
            next.run.run();
        }
        now = Math.max(now, target);
    }

    /** Tasks scheduled and neither run (one-shot) nor closed; a periodic task counts until it is closed. */
    public int pending() {
        return tasks.size();
    }

    /** The timer's time in milliseconds. */
    public long millis() {
        return now;
    }

    /** A UTC {@link Clock} that reads this timer's time. */
    public Clock clock() {
        return new Clock() {
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
        };
    }
}
