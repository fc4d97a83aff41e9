package io.rugdesk.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed, in-process event bus that delivers every event on ONE domain executor.
 *
 * <p>Thread: {@link #publish} may be called from any thread; subscribers always run on the domain executor
 * given to the constructor (in production the single {@code rugdesk-domain} thread, in tests a direct
 * executor). Events published while a delivery is in progress are queued and delivered after it, in
 * publication order, so a direct executor and the real thread deliver in the same order. What a subscriber
 * publishes during a delivery (a consequence: the {@code TickObserved} of a frame) is delivered before anything
 * other threads queued meanwhile (the next frames): a cause's consequences always directly follow it, however
 * far the domain thread is behind, so the order subscribers see does not depend on the pace of the feed.
 *
 * <p>A subscriber that throws is logged with the event, counted and reported to the failure listener; the
 * other subscribers still get the event. There is no global instance: one bus per session.
 */
public final class EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    /** A subscriber failure: which event, which subscriber type, what was thrown. */
    public record Failure(Object event, Class<?> subscribedType, Throwable error) { }

    private record Subscription(Class<?> type, Consumer<Object> handler) { }

    /** An event waiting for delivery, with when it was published. */
    private record Queued(Object event, long publishedNanos) { }

    /**
     * How loaded the domain thread is: events waiting now, the most that waited at once and the longest any event
     * waited between {@link #publish} and the start of its delivery (the domain thread's lateness), both since the
     * previous {@link #takeLoad()}.
     */
    public record Load(int queued, int maxQueued, long maxWaitMicros) { }

    private final Executor domain;
    private final Consumer<Failure> failureListener;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, List<Subscription>> byEventClass = new ConcurrentHashMap<>();
    private final ArrayDeque<Queued> pending = new ArrayDeque<>();
    /** Published by a subscriber during a delivery: delivered before {@link #pending}. Guarded by pending. */
    private final ArrayDeque<Queued> consequences = new ArrayDeque<>();
    /** The thread running {@link #drain()}, or null. Guarded by pending. */
    private Thread drainingThread;
    private final LongSupplier nanoClock;
    private boolean draining;
    private int maxQueued;
    private long maxWaitNanos;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /** A bus that delivers on {@code domain} and only logs subscriber failures. */
    public EventBus(Executor domain) {
        this(domain, failure -> { });
    }

    /**
     * @param domain          the executor every delivery runs on
     * @param failureListener told of every subscriber failure (tests use it to fail the test)
     */
    public EventBus(Executor domain, Consumer<Failure> failureListener) {
        this(domain, failureListener, System::nanoTime);
    }

    /** As {@link #EventBus(Executor, Consumer)}, timing the queue with {@code nanoClock} (tests: a manual one). */
    public EventBus(Executor domain, Consumer<Failure> failureListener, LongSupplier nanoClock) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.failureListener = Objects.requireNonNull(failureListener, "failureListener");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** A bus for tests: runs every delivery on the caller's thread and rethrows nothing. */
    public static EventBus direct(Consumer<Failure> failureListener) {
        return new EventBus(Runnable::run, failureListener);
    }

    /**
     * Subscribes to every event that is an instance of {@code type} (subtypes included).
     *
     * @return a handle whose {@code close()} ends the subscription; closing twice is harmless
     */
    public <E> AutoCloseable subscribe(Class<E> type, Consumer<? super E> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        Subscription subscription = new Subscription(type, event -> handler.accept(type.cast(event)));
        subscriptions.add(subscription);
        byEventClass.clear();
        return () -> {
            if (subscriptions.remove(subscription)) {
                byEventClass.clear();
            }
        };
    }

    /** Queues {@code event} for delivery on the domain executor. Never blocks, never throws for a subscriber. */
    public void publish(Object event) {
        Objects.requireNonNull(event, "event");
        boolean schedule;
        Queued queued = new Queued(event, nanoClock.getAsLong());
        synchronized (pending) {
            (Thread.currentThread() == drainingThread ? consequences : pending).add(queued);
            maxQueued = Math.max(maxQueued, pending.size() + consequences.size());
            schedule = !draining;
            draining = true;
        }
        if (schedule) {
            domain.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Queued next;
            synchronized (pending) {
                next = consequences.isEmpty() ? pending.poll() : consequences.poll();
                if (next == null) {
                    draining = false;
                    drainingThread = null;
                    return;
                }
                drainingThread = Thread.currentThread();
                maxWaitNanos = Math.max(maxWaitNanos, nanoClock.getAsLong() - next.publishedNanos());
            }
            deliver(next.event());
        }
    }

    private void deliver(Object event) {
        for (Subscription subscription : subscribersOf(event.getClass())) {
            try {
                subscription.handler().accept(event);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError vme) {
                    throw vme;
                }
                failures.incrementAndGet();
                LOG.error("subscriber for {} failed on {}", subscription.type().getSimpleName(), event, e);
                try {
                    failureListener.accept(new Failure(event, subscription.type(), e));
                } catch (RuntimeException listenerFailure) {
                    LOG.error("failure listener failed", listenerFailure);
                }
            }
        }
        delivered.incrementAndGet();
    }

    private List<Subscription> subscribersOf(Class<?> eventClass) {
        return byEventClass.computeIfAbsent(eventClass, c -> {
            List<Subscription> matching = new ArrayList<>();
            for (Subscription s : subscriptions) {
                if (s.type().isAssignableFrom(c)) {
                    matching.add(s);
                }
            }
            return List.copyOf(matching);
        });
    }

    /** Events delivered so far (each counted once, whatever the number of subscribers). */
    public long deliveredCount() {
        return delivered.get();
    }

    /** Subscriber invocations that threw. */
    public long failureCount() {
        return failures.get();
    }

    /** The load since the previous call (maxima start again from what is queued now). Any thread. */
    public Load takeLoad() {
        synchronized (pending) {
            int queued = pending.size() + consequences.size();
            Load load = new Load(queued, maxQueued, maxWaitNanos / 1_000);
            maxQueued = queued;
            maxWaitNanos = 0;
            return load;
        }
    }

    /** Number of live subscriptions (a listener leak shows up here). */
    public int subscriptionCount() {
        return subscriptions.size();
    }
}
