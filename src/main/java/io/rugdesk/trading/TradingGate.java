package io.rugdesk.trading;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.feed.Connected;
import io.rugdesk.feed.ConnectionHealth;
import io.rugdesk.feed.ConnectionHealthChanged;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.feed.Reconnected;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.FrameRejected;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of "may this kind of order be sent now?" (ADR 0006). In this order of reasons: connected;
 * logged in (a reconnect forgets the login until the server names the player again); the connection not STALE
 * (DEGRADED still trades, and says so); a price received on this connection (after a reconnect the old phase is
 * not trusted until the server's snapshot is in); the server's account known; then per kind (protocol.md §4):
 * buys in PRESALE (at 1.0) and ACTIVE; sells only in ACTIVE with a position; one sidebet at a time in PRESALE or
 * ACTIVE.
 *
 * <p>Publishes {@link TradingPermissionChanged} when it starts and whenever a verdict or a reason changes; the
 * window and bots follow that event. The {@link TradingController} asks {@link #refusal} at the moment of each
 * request instead, because the account an order is checked against changes within one delivery (an order just
 * sent opens the sidebet the next request must see). What is left to the controller concerns the request alone:
 * its amount, the cash it needs, the part of the position it sells.
 *
 * <p>Thread: the domain thread only ({@link #start} from any thread before events flow).
 */
public final class TradingGate {

    private static final Logger LOG = LoggerFactory.getLogger(TradingGate.class);
    static final String ALLOWED = "Trading allowed";
    static final String NOT_LOGGED_IN = "Not logged in: start with --token-file or RUGDESK_TOKEN to trade";

    private final EventBus bus;
    private final AccountModel account;
    private final LongSupplier clock;

    private boolean everConnected;
    private boolean connected;
    private boolean pricedSinceConnect;
    private boolean loggedIn;
    private boolean paper;
    private ConnectionHealth health = ConnectionHealth.DISCONNECTED;
    private String healthReason = "";
    private Phase phase = Phase.UNKNOWN;
    private long lastSeq;
    private TradingPermissionChanged published;

    /**
     * @param account         read live for the account-dependent rules (known yet, position held, sidebet open)
     * @param wallClockMillis the clock of {@link Stamp#receivedAt()}
     */
    public TradingGate(EventBus bus, AccountModel account, LongSupplier wallClockMillis) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.account = Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(wallClockMillis, "wallClockMillis");
    }

    /** Subscribes and publishes the first verdict (all refused: not connected yet). The handle unsubscribes. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
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
        handles.add(bus.subscribe(Reconnected.class, e -> {
            loggedIn = false; // a new server session: the player is named again before trading resumes
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
        handles.add(bus.subscribe(PlayerIdentified.class, e -> {
            loggedIn = true;
            update(e.stamp());
        }));
        handles.add(bus.subscribe(LocalAccountChanged.class, e -> update(e.stamp())));
        published = verdict(Stamp.local(0, clock.getAsLong()));
        bus.publish(published);
        return handles;
    }

    /**
     * Orders go to a paper account (the window's paper mode) or, false, to the server again: paper orders need no
     * login, everything else holds (connected, fresh prices, the phase, the account known).
     */
    public void paperTrading(boolean on, Stamp cause) {
        paper = on;
        update(cause);
    }

    /** Why an order of {@code kind} may not be sent now, or empty when it may. */
    public Optional<String> refusal(OrderKind kind) {
        OrderPermission permission = permission(kind);
        return permission.allowed() ? Optional.empty() : Optional.of(permission.reason());
    }

    /** The last verdict published. */
    public TradingPermissionChanged current() {
        return published;
    }

    private void update(Stamp cause) {
        lastSeq = Math.max(lastSeq, cause.seq());
        TradingPermissionChanged now = verdict(Stamp.local(lastSeq, clock.getAsLong()));
        if (!now.buy().equals(published.buy()) || !now.sell().equals(published.sell())
                || !now.sidebet().equals(published.sidebet())) {
            published = now;
            LOG.info("trading: buy {}, sell {}, sidebet {}", describe(now.buy()), describe(now.sell()),
                    describe(now.sidebet()));
            bus.publish(now);
        }
    }

    private TradingPermissionChanged verdict(Stamp stamp) {
        return new TradingPermissionChanged(stamp, permission(OrderKind.BUY), permission(OrderKind.SELL),
                permission(OrderKind.SIDEBET));
    }

    private OrderPermission permission(OrderKind kind) {
        String common = commonRefusal();
        if (common != null) {
            return OrderPermission.denied(common);
        }
        PlayerAccount expected = account.expected().orElseThrow();
        String refusal = switch (kind) {
            case BUY -> phase == Phase.PRESALE || phase == Phase.ACTIVE ? null : closed();
            case SELL -> switch (phase) {
                case ACTIVE -> expected.hasPosition() ? null : "No position to sell";
                case PRESALE -> "Presale: only buys at 1.0; selling opens when the game starts";
                default -> closed();
            };
            case SIDEBET -> phase != Phase.PRESALE && phase != Phase.ACTIVE ? closed()
                    : expected.hasOpenSidebet()
                    ? "A sidebet is already open (until tick " + expected.sidebet().endTick() + ")" : null;
        };
        if (refusal != null) {
            return OrderPermission.denied(refusal);
        }
        return OrderPermission.allowed(health == ConnectionHealth.DEGRADED
                ? ALLOWED + " (connection degraded: " + healthReason + ")" : ALLOWED);
    }

    /** Why no order at all may be sent now, or null. */
    private String commonRefusal() {
        if (!connected) {
            return everConnected ? "Disconnected" : "Not connected yet";
        }
        if (!loggedIn && !paper) {
            return NOT_LOGGED_IN;
        }
        // the connected flag outranks a DISCONNECTED health: the monitor hears of a connect one event later
        if (health == ConnectionHealth.STALE) {
            return healthReason;
        }
        if (!pricedSinceConnect || phase == Phase.UNKNOWN) {
            return "Waiting for the first game message";
        }
        if (!account.hasBaseline()) {
            return "Waiting for the server's account state";
        }
        return null;
    }

    private String closed() {
        return switch (phase) {
            case COOLDOWN -> "Cooldown: trading opens at the presale of the next game";
            case RUGGED -> "The game rugged: trading reopens at the next presale";
            default -> "Waiting for the first game message";
        };
    }

    private static String describe(OrderPermission permission) {
        return permission.allowed() ? "allowed" : "refused (" + permission.reason() + ")";
    }
}
