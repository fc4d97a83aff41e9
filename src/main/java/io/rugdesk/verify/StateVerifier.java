package io.rugdesk.verify;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.trading.AccountModel;
import io.rugdesk.trading.ConfirmedOrderNotApplied;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.OrderSeenInServerState;
import io.rugdesk.trading.RequestAdoptServerState;
import io.rugdesk.trading.ServerStateUpdated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the local account ({@link AccountModel}) with every server state ({@link ServerStateUpdated}): cash,
 * positionQty, avgCost (while a position exists), totalInvested, cumulativePnL, each against its tolerance.
 * Publishes {@link StateVerified} every time and {@link StateDriftDetected} on drift.
 *
 * <p>No false alarms from ordering: the server sends {@code playerUpdate} before the ACK, so the server state is
 * matched against the confirmed state with the orders in flight applied at each tick they may have executed at
 * ({@link AccountModel#match}). A server state that already shows the rug (position liquidated, sidebet settled)
 * or a sidebet's expiry while this client has not seen that tick yet is held and compared again at the next
 * tick or game end, not flagged.
 *
 * <p>The first server state of a session seeds the local model ({@link ServerStateAdopted} INITIAL); a
 * {@link RequestAdoptServerState} resets it to the latest server state (USER_REQUEST). An executed order the local
 * rules refuse ({@link ConfirmedOrderNotApplied}) counts as a drift too.
 *
 * <p>Thread: domain thread.
 */
public final class StateVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(StateVerifier.class);
    private static final int DUST = 1;
    private static final int DRIFTED = 1_000;

    private final EventBus bus;
    private final AccountModel account;
    private final Tolerances tolerances;
    private ServerStateUpdated lastServer;
    private String adoptedPlayerId;
    private VerificationStatus status = VerificationStatus.UNVERIFIED;
    private boolean held;
    private long verifications;
    private long drifts;

    public StateVerifier(EventBus bus, AccountModel account, Tolerances tolerances) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.account = Objects.requireNonNull(account, "account");
        this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
    }

    /** Subscribes to the server's states, adopt requests and the game's ticks; the handle unsubscribes. */
    public AutoCloseable start() {
        Subscriptions handles = new Subscriptions();
        handles.add(bus.subscribe(ServerStateUpdated.class, this::onServerState));
        handles.add(bus.subscribe(RequestAdoptServerState.class, this::onAdopt));
        handles.add(bus.subscribe(ConfirmedOrderNotApplied.class, notApplied -> {
            // the local account lacks an order the server executed: a drift whatever the next comparison says
            status = VerificationStatus.DRIFT;
            drifts++;
        }));
        handles.add(bus.subscribe(TickObserved.class, tick -> recheckHeld()));
        handles.add(bus.subscribe(GameEnded.class, ended -> recheckHeld()));
        return handles;
    }

    public VerificationStatus status() {
        return status;
    }

    public long verifications() {
        return verifications;
    }

    public long drifts() {
        return drifts;
    }

    private void onServerState(ServerStateUpdated update) {
        lastServer = update;
        if (!account.hasBaseline()) {
            adopt(update, ServerStateAdopted.Reason.INITIAL);
            return;
        }
        if (adoptedPlayerId != null && update.playerId() != null && !adoptedPlayerId.equals(update.playerId())) {
            LOG.warn("the server reports another player's account ({} after {}): adopted, not compared",
                    update.playerId(), adoptedPlayerId);
            adopt(update, ServerStateAdopted.Reason.PLAYER_CHANGED);
            return;
        }
        verify(update, true);
    }

    private void onAdopt(RequestAdoptServerState request) {
        if (lastServer == null) {
            bus.publish(new OrderRejected(request.stamp(), request, "no server state to adopt yet"));
            return;
        }
        adopt(lastServer, ServerStateAdopted.Reason.USER_REQUEST);
    }

    private void adopt(ServerStateUpdated update, ServerStateAdopted.Reason reason) {
        account.adopt(update.stamp(), update.server());
        adoptedPlayerId = update.playerId();
        held = false;
        LOG.info("local account reset to the server's ({}): {}", reason, update.server());
        bus.publish(new ServerStateAdopted(update.stamp(), reason, update.server()));
        verify(update, false);
    }

    private void recheckHeld() {
        if (held) {
            held = false;
            verify(lastServer, false);
        }
    }

    private void verify(ServerStateUpdated update, boolean mayHold) {
        AccountFigures server = update.server();
        AccountModel.Match match = account.match(server, update.stamp(),
                local -> badness(compare(local, server)) + (sameSidebet(local, server) ? 0 : DUST)).orElseThrow();
        List<FieldComparison> fields = compare(match.local(), server);
        VerificationStatus verdict = verdict(fields);
        if (verdict == VerificationStatus.DRIFT && mayHold && serverIsAhead(match.local(), server)) {
            held = true;
            status = VerificationStatus.UNVERIFIED;
            LOG.debug("server state ahead of the local game (rug or sidebet expiry not seen yet); held");
            return;
        }
        for (OrderSeenInServerState seen : match.newlySeen()) {
            bus.publish(seen);
        }
        verifications++;
        status = verdict;
        List<FieldComparison> drifted = fields.stream().filter(f -> !f.withinTolerance()).toList();
        if (verdict == VerificationStatus.DRIFT) {
            drifts++;
            LOG.warn("state drift: {}", drifted);
        }
        Stamp stamp = update.stamp();
        bus.publish(new StateVerified(stamp, verdict, fields,
                match.newlySeen().stream().map(OrderSeenInServerState::orderId).toList(), verifications, drifts));
        if (verdict == VerificationStatus.DRIFT) {
            bus.publish(new StateDriftDetected(stamp, drifted));
        }
    }

    /** The server settled something this client will only see with a later tick or the rug. */
    private boolean serverIsAhead(AccountFigures local, AccountFigures server) {
        if (account.phase() != Phase.ACTIVE) {
            return false;
        }
        boolean liquidated = server.positionQty().signum() == 0 && local.positionQty().signum() > 0;
        boolean sidebetSettled = server.sidebet() == null && local.sidebet() != null;
        return liquidated || sidebetSettled;
    }

    private List<FieldComparison> compare(AccountFigures local, AccountFigures server) {
        List<FieldComparison> fields = new ArrayList<>();
        boolean position = local.positionQty().signum() > 0 || server.positionQty().signum() > 0;
        for (StateField field : StateField.values()) {
            if (field == StateField.AVG_COST && !position) {
                continue;
            }
            fields.add(new FieldComparison(field, field.of(local), field.of(server),
                    field.of(server).subtract(field.of(local)), tolerances.of(field)));
        }
        return fields;
    }

    /** Not a compared field, but it tells at which tick a sidebet in flight was placed. */
    private static boolean sameSidebet(AccountFigures local, AccountFigures server) {
        return Objects.equals(local.sidebet() == null ? null : local.sidebet().startTick(),
                server.sidebet() == null ? null : server.sidebet().startTick());
    }

    private static int badness(List<FieldComparison> fields) {
        int total = 0;
        for (FieldComparison field : fields) {
            total += field.equal() ? 0 : field.withinTolerance() ? DUST : DRIFTED;
        }
        return total;
    }

    private static VerificationStatus verdict(List<FieldComparison> fields) {
        int badness = badness(fields);
        return badness == 0 ? VerificationStatus.IN_SYNC
                : badness < DRIFTED ? VerificationStatus.WITHIN_TOLERANCE : VerificationStatus.DRIFT;
    }
}
