package io.rugdesk.trading;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.feed.Reconnected;
import io.rugdesk.game.AccountFigures;
import io.rugdesk.protocol.GameStatePlayerUpdate;
import io.rugdesk.protocol.LeaderboardEntry;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.UsernameStatus;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is logged in and what the server says about the account. Lives in {@code trading} because identity is
 * what gates orders and the server's account is what orders are reconciled against.
 *
 * <p>Publishes {@link PlayerIdentified} once per connection (again only if id or username change), from
 * {@code usernameStatus}, or from an authenticated {@code playerUpdate.id} when no usable usernameStatus came;
 * {@link ServerStateUpdated} for every authenticated playerUpdate; {@link PersonalLeaderboardUpdated} for every
 * own leaderboard entry. A {@link Reconnected} (a new server session) forgets the identity until the server names the player again.
 * Unauthenticated playerUpdates are logged and dropped: the session stays "not logged in".
 *
 * <p>Thread: domain thread (all handlers run there via the bus).
 */
public final class PlayerTracker {

    private static final Logger LOG = LoggerFactory.getLogger(PlayerTracker.class);

    private final EventBus bus;
    private String playerId;
    private String username;
    private boolean published;
    private boolean withheld;
    private ServerStateUpdated lastWithheld;

    public PlayerTracker(EventBus bus) {
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    /** Subscribes to the player's frames and to reconnects; the handle unsubscribes. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
        handles.add(bus.subscribe(UsernameStatus.class, this::onUsernameStatus));
        handles.add(bus.subscribe(PlayerUpdate.class, this::onPlayerUpdate));
        handles.add(bus.subscribe(GameStatePlayerUpdate.class, this::onGameStatePlayerUpdate));
        handles.add(bus.subscribe(Reconnected.class, reconnected -> forget()));
        return handles;
    }

    public boolean isLoggedIn() {
        return playerId != null;
    }

    /** The player's id, null when not logged in. */
    public String playerId() {
        return playerId;
    }

    /** The username, null when unknown. */
    public String username() {
        return username;
    }

    private void onUsernameStatus(UsernameStatus status) {
        if (isBlank(status.id())) {
            LOG.warn("usernameStatus without an id ignored: {}", status);
            return;
        }
        String name = status.hasUsername() && !isBlank(status.username()) ? status.username() : null;
        identify(status.stamp(), status.id(), name != null ? name : sameIdOrNull(status.id()));
    }

    private void onPlayerUpdate(PlayerUpdate update) {
        if (!update.authenticated() || isBlank(update.id())) {
            LOG.info("playerUpdate of an unauthenticated session: not logged in");
            return;
        }
        identify(update.stamp(), update.id(), sameIdOrNull(update.id()));
        ServerStateUpdated state = new ServerStateUpdated(update.stamp(), update.id(), AccountFigures.of(update));
        if (withheld) {
            lastWithheld = state;
        } else {
            bus.publish(state);
        }
    }

    /**
     * While withheld, the server's account states are not published (the window trades on paper, and the paper
     * exchange publishes its own); when released, the last one withheld is published, so the local account goes
     * back to the server's at once. The login is followed either way.
     */
    public void withholdServerStates(boolean withhold) {
        withheld = withhold;
        if (!withhold && lastWithheld != null) {
            ServerStateUpdated last = lastWithheld;
            lastWithheld = null;
            bus.publish(last);
        }
    }

    private void onGameStatePlayerUpdate(GameStatePlayerUpdate update) {
        LeaderboardEntry entry = update.leaderboardEntry();
        if (entry == null) {
            return;
        }
        bus.publish(new PersonalLeaderboardUpdated(update.stamp(), update.gameId(), entry.position(), entry.pnl(),
                entry.pnlPercent(), entry.positionQty()));
    }

    /** A playerUpdate never carries the username: keep the one we know for the same id. */
    private String sameIdOrNull(String id) {
        return id.equals(playerId) ? username : null;
    }

    private void identify(Stamp stamp, String id, String name) {
        if (published && id.equals(playerId) && Objects.equals(name, username)) {
            return;
        }
        playerId = id;
        username = name;
        published = true;
        bus.publish(new PlayerIdentified(stamp, id, name));
    }

    private void forget() {
        playerId = null;
        username = null;
        published = false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
