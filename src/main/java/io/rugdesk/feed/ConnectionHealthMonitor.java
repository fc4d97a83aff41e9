package io.rugdesk.feed;

import io.rugdesk.event.DomainLoadObserved;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.FrameRejected;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges the connection from what arrives: HEALTHY while prices ({@code gameStateUpdate}) come at the expected
 * cadence (every 100 ms in countdown and presale, every 250 ms while ticking), DEGRADED when they are late
 * (more than 3 cadences), when the connection keeps dropping (a reconnect storm) or when frames are being
 * rejected in bursts, STALE when there has been no price for 2 s, DISCONNECTED while there is no connection.
 * Publishes {@link ConnectionHealthChanged} on changes only, and every {@code loadEvery} a
 * {@link DomainLoadObserved} with the bus's queue depth and the domain thread's lateness.
 *
 * <p>Thread: the domain thread only (bus deliveries and the periodic check). Time comes from the injected clock,
 * the periodic check from the injected {@link DomainTimer}, so tests drive both.
 */
public final class ConnectionHealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHealthMonitor.class);
    private static final String PRICE_EVENT = "gameStateUpdate";

    /**
     * When the health drops.
     *
     * @param lateAfterCadences DEGRADED after this many expected intervals without a price
     * @param staleAfter        STALE after this long without a price
     * @param stormReconnects   DEGRADED when this many reconnects happen within {@code stormWindow}
     * @param rejectedBurst     DEGRADED when this many frames are rejected within {@code rejectedWindow}
     * @param checkEvery        how often the gap is looked at when nothing arrives
     * @param loadEvery         how often the bus's load is published ({@link DomainLoadObserved})
     */
    public record Thresholds(int lateAfterCadences, Duration staleAfter, int stormReconnects, Duration stormWindow,
                             int rejectedBurst, Duration rejectedWindow, Duration checkEvery, Duration loadEvery) {

        public static Thresholds defaults() {
            return new Thresholds(3, Duration.ofSeconds(2), 3, Duration.ofSeconds(60), 5, Duration.ofSeconds(10),
                    Duration.ofMillis(100), Duration.ofSeconds(1));
        }
    }

    private final EventBus bus;
    private final LongSupplier clock;
    private final Thresholds thresholds;
    private final Subscriptions handles = new Subscriptions();
    private final ArrayDeque<Long> reconnects = new ArrayDeque<>();
    private final ArrayDeque<Long> rejections = new ArrayDeque<>();

    private ConnectionHealth health = ConnectionHealth.DISCONNECTED;
    private String reason = "Not connected yet";
    private boolean connected;
    private String disconnectReason = "Not connected yet";
    private Phase phase = Phase.UNKNOWN;
    private long lastPriceAt;
    private long lastInterArrival = -1;
    private long lastSeq;

    public ConnectionHealthMonitor(EventBus bus, LongSupplier wallClockMillis, Thresholds thresholds) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(wallClockMillis, "wallClockMillis");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Subscribes to the bus and starts the periodic check. Call once. */
    public ConnectionHealthMonitor start(DomainTimer timer) {
        handles.add(bus.subscribe(Connected.class, this::onConnected));
        handles.add(bus.subscribe(Disconnected.class, this::onDisconnected));
        handles.add(bus.subscribe(Reconnected.class, this::onReconnected));
        handles.add(bus.subscribe(FeedEvent.class, this::onFrame));
        handles.add(bus.subscribe(PhaseChanged.class, this::onPhase));
        handles.add(timer.every(thresholds.checkEvery(), this::check));
        handles.add(timer.every(thresholds.loadEvery(), this::publishLoad));
        return this;
    }

    private void publishLoad() {
        EventBus.Load load = bus.takeLoad();
        bus.publish(new DomainLoadObserved(Stamp.local(lastSeq, clock.getAsLong()), load.queued(), load.maxQueued(),
                load.maxWaitMicros()));
    }

    private void onConnected(Connected event) {
        connected = true;
        lastPriceAt = clock.getAsLong(); // the gap before the first price counts from the connect
        lastInterArrival = -1;
        check();
    }

    private void onDisconnected(Disconnected event) {
        connected = false;
        disconnectReason = event.reason();
        check();
    }

    private void onReconnected(Reconnected event) {
        reconnects.addLast(clock.getAsLong());
        check();
    }

    private void onFrame(FeedEvent event) {
        lastSeq = Math.max(lastSeq, event.stamp().seq());
        long now = clock.getAsLong();
        if (event instanceof FrameRejected) {
            rejections.addLast(now);
        } else if (PRICE_EVENT.equals(event.eventName())) {
            lastInterArrival = now - lastPriceAt;
            lastPriceAt = now;
        }
        check();
    }

    private void onPhase(PhaseChanged event) {
        phase = event.to();
        check();
    }

    /** Re-evaluates the health now; publishes when it changed. Called by the timer and on every input. */
    public void check() {
        long now = clock.getAsLong();
        forgetBefore(reconnects, now - thresholds.stormWindow().toMillis());
        forgetBefore(rejections, now - thresholds.rejectedWindow().toMillis());
        ConnectionHealth next;
        String why;
        long gap = now - lastPriceAt;
        long cadence = expectedCadenceMillis();
        if (!connected) {
            next = ConnectionHealth.DISCONNECTED;
            why = disconnectReason;
        } else if (gap >= thresholds.staleAfter().toMillis()) {
            next = ConnectionHealth.STALE;
            why = "Connection stale: no price for " + seconds(gap);
        } else if (gap > thresholds.lateAfterCadences() * cadence) {
            next = ConnectionHealth.DEGRADED;
            why = "Prices late: none for " + seconds(gap) + " (expected every " + cadence + " ms)";
        } else if (reconnects.size() >= thresholds.stormReconnects()) {
            next = ConnectionHealth.DEGRADED;
            why = "Unstable connection: " + reconnects.size() + " reconnects in the last "
                    + thresholds.stormWindow().toSeconds() + " s";
        } else if (rejections.size() >= thresholds.rejectedBurst()) {
            next = ConnectionHealth.DEGRADED;
            why = rejections.size() + " frames rejected in the last " + thresholds.rejectedWindow().toSeconds() + " s";
        } else {
            next = ConnectionHealth.HEALTHY;
            why = "Prices arriving on time";
        }
        if (next != health) {
            LOG.info("connection health {} -> {}: {}", health, next, why);
            health = next;
            reason = why;
            bus.publish(new ConnectionHealthChanged(Stamp.local(lastSeq, now), next, why));
        }
    }

    private long expectedCadenceMillis() {
        return phase == Phase.COOLDOWN || phase == Phase.PRESALE ? 100 : 250;
    }

    private static void forgetBefore(ArrayDeque<Long> times, long cutoff) {
        while (!times.isEmpty() && times.peekFirst() < cutoff) {
            times.removeFirst();
        }
    }

    /** "2.4 s", rounded to a tenth, without floating point. */
    static String seconds(long millis) {
        long tenths = (Math.max(0, millis) + 50) / 100;
        return tenths / 10 + "." + tenths % 10 + " s";
    }

    /** The current health. */
    public ConnectionHealth health() {
        return health;
    }

    /** Why the health is what it is. */
    public String reason() {
        return reason;
    }

    /** Milliseconds between the last two prices, -1 before the second price of a connection. */
    public long lastInterArrivalMillis() {
        return lastInterArrival;
    }

    @Override
    public void close() {
        handles.close();
    }
}
