package io.rugdesk.feed;

import io.rugdesk.trading.TradingPermissionChanged;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.FrameRejected;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether orders may be sent: only while connected, the connection HEALTHY or DEGRADED, a price received
 * on this connection (after a reconnect the phase is only trusted again once the server's snapshot is in), and
 * the game in PRESALE or ACTIVE. Publishes {@link TradingPermissionChanged} with a reason a person understands whenever the
 * answer or its reason changes, and answers {@link TradingGate} queries for the trading controller.
 *
 * <p>Thread: the domain thread only.
 */
public final class GracefulDegradation implements TradingGate, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulDegradation.class);
    static final String ALLOWED = "Trading allowed";

    private final EventBus bus;
    private final LongSupplier clock;
    private final Subscriptions handles = new Subscriptions();

    private boolean everConnected;
    private boolean connected;
    private boolean pricedSinceConnect;
    private ConnectionHealth health = ConnectionHealth.DISCONNECTED;
    private String healthReason = "";
    private Phase phase = Phase.UNKNOWN;
    private long lastSeq;
    private boolean allowed;
    private String reason = "Not connected yet";

    public GracefulDegradation(EventBus bus, LongSupplier wallClockMillis) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(wallClockMillis, "wallClockMillis");
    }

    /** Subscribes to the bus and publishes the initial permission (refused: not connected yet). Call once. */
    public GracefulDegradation start() {
        handles.add(bus.subscribe(Connected.class, e -> {
            everConnected = true;
            connected = true;
            pricedSinceConnect = false;
            update(e.stamp());
        }));
        handles.add(bus.subscribe(Disconnected.class, e -> {
            connected = false;
            update(e.stamp());
        }));
        handles.add(bus.subscribe(ConnectionHealthChanged.class, e -> {
            health = e.health();
            healthReason = e.reason();
            update(e.stamp());
        }));
        handles.add(bus.subscribe(FeedEvent.class, e -> {
            if (!pricedSinceConnect && !(e instanceof FrameRejected) && "gameStateUpdate".equals(e.eventName())) {
                pricedSinceConnect = true;
                update(e.stamp());
            }
        }));
        handles.add(bus.subscribe(PhaseChanged.class, e -> {
            phase = e.to();
            update(e.stamp());
        }));
        bus.publish(new TradingPermissionChanged(Stamp.local(0, clock.getAsLong()), allowed, reason));
        return this;
    }

    private void update(Stamp cause) {
        lastSeq = Math.max(lastSeq, cause.seq());
        String why = refusal();
        boolean nowAllowed = why == null;
        String nowReason = nowAllowed ? (health == ConnectionHealth.DEGRADED
                ? ALLOWED + " (connection degraded: " + healthReason + ")" : ALLOWED) : why;
        if (nowAllowed != allowed || !nowReason.equals(reason)) {
            allowed = nowAllowed;
            reason = nowReason;
            LOG.info("trading {}: {}", allowed ? "allowed" : "refused", reason);
            bus.publish(new TradingPermissionChanged(Stamp.local(lastSeq, clock.getAsLong()), allowed, reason));
        }
    }

    /** Why trading is refused now, or null when it is allowed. */
    private String refusal() {
        if (!connected) {
            return everConnected ? "Disconnected" : "Not connected yet";
        }
        // the connected flag outranks a DISCONNECTED health: the monitor hears of a connect one event later
        if (health == ConnectionHealth.STALE) {
            return healthReason;
        }
        if (!pricedSinceConnect) {
            return "Waiting for the first game message";
        }
        return switch (phase) {
            case UNKNOWN -> "Waiting for the first game message";
            case COOLDOWN -> "Waiting for the presale of the next game";
            case RUGGED -> "The game is over; trading reopens at the next presale";
            case PRESALE, ACTIVE -> null;
        };
    }

    @Override
    public boolean tradingAllowed() {
        return allowed;
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public void close() {
        handles.close();
    }
}
