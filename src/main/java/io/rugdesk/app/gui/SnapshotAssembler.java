package io.rugdesk.app.gui;

import io.rugdesk.event.DomainLoadObserved;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.feed.Connected;
import io.rugdesk.feed.ConnectionHealthChanged;
import io.rugdesk.feed.Connecting;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.feed.ReconnectScheduled;
import io.rugdesk.feed.Reconnected;
import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GamePricesResynced;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.game.Money;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.NewSideBet;
import io.rugdesk.protocol.NewTrade;
import io.rugdesk.recording.AutoRecordChanged;
import io.rugdesk.recording.RecordingFailed;
import io.rugdesk.recording.RecordingFinished;
import io.rugdesk.recording.RecordingRefused;
import io.rugdesk.recording.RecordingStarted;
import io.rugdesk.risk.RiskStateChanged;
import io.rugdesk.trading.ConfirmedOrderNotApplied;
import io.rugdesk.trading.LatencyLeg;
import io.rugdesk.trading.LatencyMeasured;
import io.rugdesk.trading.LatencySpikeDetected;
import io.rugdesk.trading.LocalAccountChanged;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderPermission;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.PlayerIdentified;
import io.rugdesk.trading.ServerStateUpdated;
import io.rugdesk.trading.TradingPermissionChanged;
import io.rugdesk.ui.AppendOnlyList;
import io.rugdesk.ui.SnapshotSource;
import io.rugdesk.verify.FairnessChecked;
import io.rugdesk.verify.ServerStateAdopted;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateVerified;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.Account;
import io.rugdesk.ui.UiSnapshot.AccountValues;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Latency;
import io.rugdesk.ui.UiSnapshot.LogEntry;
import io.rugdesk.ui.UiSnapshot.Notice;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import io.rugdesk.ui.UiSnapshot.Permission;
import io.rugdesk.ui.UiSnapshot.Permissions;
import io.rugdesk.ui.UiSnapshot.Player;
import io.rugdesk.ui.UiSnapshot.Recording;
import io.rugdesk.ui.UiSnapshot.Replay;
import io.rugdesk.ui.UiSnapshot.SidebetWindow;
import io.rugdesk.ui.UiSnapshot.TradeMarker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Keeps the window's {@link UiSnapshot} up to date from the session's events. Each event only updates a few
 * fields and marks the snapshot dirty; {@link #flush()} (every {@value #REBUILD_MS} ms, from a
 * {@link DomainTimer}) builds a new immutable snapshot when something changed <em>and the window has taken the
 * previous one</em>, and publishes it in an {@link AtomicReference}. So the domain thread never builds a snapshot
 * nobody reads (a window refreshing every 100 ms, or one whose EDT is busy, gets one per refresh at most), and the
 * lists in it are {@link AppendOnlyList} views: a snapshot of a 10,000-point price series costs O(1), not a copy.
 *
 * <p>Thread: subscriptions and {@link #flush()} run on the domain thread (the bus's executor); {@link #latest()}
 * is called by the window's Swing Timer on the EDT and only reads the reference.
 */
public final class SnapshotAssembler implements SnapshotSource, AutoCloseable {

    public static final int REBUILD_MS = 50;

    /**
     * What the session knows about itself before any event: where it is connected, where recordings go, and
     * whether auto-record starts on (the recorder only announces a change).
     */
    public record SessionFacts(String serverLabel, boolean embeddedSimulator, String recordingFolder,
                               boolean autoRecord) {
        public SessionFacts {
            serverLabel = serverLabel == null ? "" : serverLabel;
        }
    }

    private final EventBus bus;
    private final LongSupplier clockMillis;
    private final SessionFacts facts;
    private final AtomicReference<UiSnapshot> latest;
    private final Subscriptions handles = new Subscriptions();
    private final EventRate rate;
    private final GameView game = new GameView();
    private final DriftView drift = new DriftView();
    private final ComparedRows compared = new ComparedRows();
    private final BoardView board = new BoardView();
    private final AppendOnlyList<LogEntry> log = new AppendOnlyList<>(UiSnapshot.MAX_EVENTS);
    private final AppendOnlyList<Notice> notices = new AppendOnlyList<>(UiSnapshot.MAX_NOTICES);
    private final Map<Long, OrderSubmitted> ordersInFlight = new HashMap<>();
    private boolean dirty = true;
    /** Set by the reader ({@link #latest()}, EDT), cleared by a rebuild: the last snapshot was taken. */
    private final AtomicBoolean taken = new AtomicBoolean(true);
    private long nextNoticeId;
    private long rebuilds;

    private final ConnectionView connection = new ConnectionView();
    private Player player = Player.notLoggedIn();
    private PlayerAccount local;
    private AccountFigures server;
    /** The tick price when the server's figures arrived: its P&amp;L was marked there. */
    private BigDecimal serverMarkedAt = BigDecimal.ONE;
    private Latency latency = Latency.none();
    private boolean recordingActive;
    private String recordingFile;
    private boolean autoRecord;
    private Replay replay = Replay.closed();
    /** The trading gate's last verdict; none before the session's gate has spoken. */
    private TradingPermissionChanged permissions;

    /**
     * @param carried the previous session's last snapshot (its event log and notices go on), or null
     */
    public SnapshotAssembler(EventBus bus, LongSupplier clockMillis, SessionFacts facts, UiSnapshot carried) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.rate = new EventRate(clockMillis);
        this.autoRecord = facts.autoRecord();
        if (carried != null) {
            carried.events().forEach(log::add);
            carried.notices().forEach(notices::add);
            nextNoticeId = carried.notices().stream().mapToLong(Notice::id).max().orElse(-1) + 1;
        }
        this.latest = new AtomicReference<>(build());
    }

    /** Subscribes to the bus and rebuilds every {@value #REBUILD_MS} ms when dirty. Call once, from any thread. */
    public SnapshotAssembler start(DomainTimer timer) {
        subscribeConnection();
        subscribeGame();
        subscribeTrading();
        subscribeVerification();
        subscribeRecording();
        handles.add(bus.subscribe(FeedEvent.class, e -> {
            rate.count();
            dirty = true;
        }));
        handles.add(timer.every(Duration.ofMillis(REBUILD_MS), this::flush));
        return this;
    }

    /** The newest snapshot; marks it taken, so the next {@link #flush()} may build another. Any thread (the EDT). */
    @Override
    public UiSnapshot latest() {
        // read, then mark: no snapshot can be published in between (flush publishes only once taken is set), so
        // the mark is for the snapshot returned
        UiSnapshot snapshot = latest.get();
        taken.set(true);
        return snapshot;
    }

    /** Snapshots built so far (the throttle's effect shows here). */
    public long rebuilds() {
        return rebuilds;
    }

    /**
     * Builds and publishes a new snapshot if anything changed since the last one and that one was taken; otherwise
     * the changes wait for a later flush (nothing is lost: the state is kept, only the snapshot is not built).
     * Domain thread.
     */
    public void flush() {
        if (!taken.get()) {
            return;
        }
        double perSecond = rate.perSecond();
        if (dirty || perSecond != latest.get().connection().eventsPerSecond()) {
            dirty = false;
            taken.set(false);
            latest.set(build());
        }
    }

    /** A notice of the app itself (a simulator fault injected, a feature not available). Domain thread. */
    public void notice(NoticeLevel level, String text) {
        notices.add(new Notice(nextNoticeId++, now(), level, text));
        log(level == NoticeLevel.INFO ? "app" : "notice", text);
    }

    /** The replay shown in the window. Domain thread. */
    public void replayChanged(Replay newReplay) {
        if (!newReplay.equals(replay)) {
            replay = newReplay;
            changed();
        }
    }

    // ---- subscriptions -------------------------------------------------------------------------------------

    private void subscribeConnection() {
        on(Connecting.class, e -> log("connection", connection.connecting(facts.serverLabel())));
        on(Connected.class, e -> log("connection", connection.connected(e)));
        on(Disconnected.class, e -> log("connection", connection.disconnected(e)));
        on(ReconnectScheduled.class, e -> log("connection", connection.reconnectScheduled(e)));
        on(Reconnected.class, e -> {
            player = Player.notLoggedIn(); // a new server session names the player again
            compared.forget();
            log("connection", "reconnected after " + e.attempt() + " attempt(s)");
        });
        on(ConnectionHealthChanged.class, e -> log("connection", connection.healthChanged(e)));
        on(TradingPermissionChanged.class, e -> permissions = e);
        on(DomainLoadObserved.class, connection::loadObserved);
    }

    private void subscribeGame() {
        on(PhaseChanged.class, e -> {
            game.phaseChanged(e.gameId(), GamePhase.valueOf(e.to().name()));
            log("phase", "game " + e.gameId() + ": " + e.from() + " → " + e.to());
        });
        on(TickObserved.class, e -> game.tick(e.gameId(), e.tick(), e.price()));
        on(GamePricesResynced.class, e -> game.resynced(e.gameId(), e.prices()));
        on(GameStarted.class, e -> log("phase", "game " + e.gameId() + " started"
                + (e.joinedMidGame() ? " (joined at tick " + e.tick() + ")" : "")));
        on(GameEnded.class, e -> {
            if (e.reason() == GameEnded.Reason.RUGGED && e.rugTick() != null && e.rugPrice() != null) {
                game.rugged(e.gameId(), e.rugTick(), e.rugPrice());
                log("phase", "game " + e.gameId() + " rugged at tick " + e.rugTick() + " (price "
                        + e.rugPrice().toPlainString() + ")");
            } else {
                log("phase", "game " + e.gameId() + " ended without a rug (a new game started)");
            }
        });
        on(GameStateUpdate.class, e -> {
            game.update(e.connectedPlayers(), e.active() ? 0 : e.cooldownTimer());
            board.update(e, player.id());
        });
        on(NewTrade.class, e -> board.trade(e, player.id()));
        on(NewSideBet.class, e -> board.sidebet(e, player.id()));
    }

    private void subscribeTrading() {
        on(PlayerIdentified.class, e -> {
            player = new Player(true, e.username(), e.id());
            log("player", "logged in as " + (e.username() == null ? e.id() : e.username()));
        });
        on(LocalAccountChanged.class, e -> local = e.expected());
        on(ServerStateUpdated.class, e -> {
            server = e.server();
            serverMarkedAt = game.price();
        });
        on(OrderSubmitted.class, e -> {
            ordersInFlight.put(e.orderId(), e);
            log("trade", OrderTexts.describe(e) + " sent");
        });
        on(OrderConfirmed.class, e -> {
            OrderSubmitted sent = ordersInFlight.remove(e.orderId());
            if (sent != null && sent.kind() != OrderKind.SIDEBET) {
                game.trade(new TradeMarker(sent.tick(), e.executionPrice(),
                        sent.kind() == OrderKind.BUY ? UiSnapshot.Side.BUY : UiSnapshot.Side.SELL));
            }
            log("trade", (sent == null ? "order " + e.orderId() : OrderTexts.describe(sent)) + " confirmed at "
                    + e.executionPrice().toPlainString());
        });
        on(OrderFailed.class, e -> {
            OrderSubmitted sent = ordersInFlight.remove(e.orderId());
            notice(NoticeLevel.ERROR, OrderTexts.capitalised(sent == null ? "order " + e.orderId() : OrderTexts.describe(sent))
                    + " failed: " + e.reason());
        });
        on(RiskStateChanged.class, e -> notice(e.armed() ? NoticeLevel.INFO : NoticeLevel.ERROR, e.message()));
        on(OrderRejected.class, e -> notice(NoticeLevel.WARNING, e.request().getClass().getSimpleName()
                .replace("Request", "") + " refused: " + e.reason()));
        on(LatencyMeasured.class, e -> {
            if (e.leg() == LatencyLeg.TO_ACK) {
                latency = new Latency(e.millis(), e.stats().p50(), e.stats().p95(), e.stats().count(), false);
            }
        });
        on(LatencySpikeDetected.class, e -> {
            if (e.leg() == LatencyLeg.TO_ACK) {
                latency = new Latency(latency.lastMs(), latency.p50Ms(), latency.p95Ms(), latency.samples(), true);
            }
            log("latency", "spike: order " + e.orderId() + " took " + e.millis() + " ms (median "
                    + e.medianMillis() + " ms)");
        });
    }

    private void subscribeVerification() {
        on(StateVerified.class, e -> {
            drift.verified(e, Instant.ofEpochMilli(e.stamp().receivedAt()));
            compared.verified(e);
        });
        on(ConfirmedOrderNotApplied.class, e -> notice(NoticeLevel.ERROR,
                drift.orderNotApplied(e, Instant.ofEpochMilli(e.stamp().receivedAt()))));
        on(StateDriftDetected.class, e -> drift.newDrift(e).ifPresent(text -> notice(NoticeLevel.ERROR, text)));
        on(ServerStateAdopted.class, e -> {
            switch (e.reason()) {
                case USER_REQUEST -> notice(NoticeLevel.INFO, "Adopted the server's account");
                case PLAYER_CHANGED -> notice(NoticeLevel.WARNING,
                        "The server now reports another player's account; the local account restarted from it");
                case INITIAL -> log("drift", "local account initialised from the server's");
            }
        });
        on(FairnessChecked.class, e -> {
            board.fairnessChecked(e);
            if (e.ok()) {
                log("fairness", "game " + e.gameId() + " was provably fair");
            } else {
                notice(NoticeLevel.WARNING, "Game " + e.gameId() + " failed the fairness check: " + e.details());
            }
        });
    }

    private void subscribeRecording() {
        on(RecordingStarted.class, e -> {
            recordingActive = true;
            recordingFile = e.file().getFileName().toString();
            log("recording", "recording game " + e.gameId() + " to " + recordingFile);
        });
        on(RecordingFinished.class, e -> {
            recordingActive = false;
            log("recording", "saved " + e.file().getFileName() + " (" + e.outcome().wireName() + ")");
        });
        on(RecordingFailed.class, e -> {
            recordingActive = false;
            notice(NoticeLevel.ERROR, "Recording failed: " + e.reason());
        });
        on(RecordingRefused.class, e -> notice(NoticeLevel.WARNING, e.reason()));
        on(AutoRecordChanged.class, e -> {
            autoRecord = e.enabled();
            log("recording", "auto-record " + (e.enabled() ? "on" : "off"));
        });
    }

    /** Subscribes a handler that changes state; every handled event marks the snapshot dirty. */
    private <E> void on(Class<E> type, java.util.function.Consumer<E> handler) {
        handles.add(bus.subscribe(type, e -> {
            handler.accept(e);
            dirty = true;
        }));
    }

    private void changed() {
        dirty = true;
    }

    private void log(String type, String text) {
        log.add(new LogEntry(now(), type, text));
        dirty = true;
    }

    private Instant now() {
        return Instant.ofEpochMilli(clockMillis.getAsLong());
    }

    // ---- building ------------------------------------------------------------------------------------------

    private UiSnapshot build() {
        rebuilds++;
        BigDecimal price = game.price();
        AccountValues localValues = local == null ? AccountValues.ZERO : new AccountValues(local.cash(),
                local.positionQty(), local.avgCost(), local.gamePnl(price), local.totalInvested());
        AccountValues serverValues = server == null ? AccountValues.UNKNOWN : new AccountValues(server.cash(),
                server.positionQty(), server.avgCost(), serverPnlAt(price), server.totalInvested());
        SidebetWindow sidebet = local == null || local.sidebet() == null ? null
                : new SidebetWindow(local.sidebet().startTick(), local.sidebet().endTick());
        return new UiSnapshot(
                connection.snapshot(facts, rate.perSecond()),
                game.snapshot(sidebet),
                player,
                Account.of(localValues, serverValues,
                        field -> compared.whyNot(field, localValues.get(field), serverValues.get(field))),
                drift.snapshot(),
                latency,
                new Recording(recordingActive, recordingActive ? recordingFile : null, autoRecord,
                        facts.recordingFolder(), replay),
                permissions(),
                log.snapshot(),
                notices.snapshot(),
                board.snapshot());
    }

    /** The trading gate's verdict per button; a replay shown instead of the live game disables them all. */
    private Permissions permissions() {
        if (replay.open()) {
            return Permissions.allDenied("Replaying a recording: close the replay to trade");
        }
        if (permissions == null) {
            return Permissions.allDenied("Not connected yet");
        }
        return new Permissions(button(permissions.buy()), button(permissions.sell()), button(permissions.sidebet()));
    }

    private static Permission button(OrderPermission permission) {
        return permission.allowed() ? Permission.allowed() : Permission.denied(permission.reason());
    }

    /**
     * The server reports P&amp;L only with its account updates (after trades); marking its position to the live
     * price the way the server does (floor9(qty × price)) keeps the row comparable with the local, live one.
     */
    private BigDecimal serverPnlAt(BigDecimal price) {
        return server.cumulativePnL().add(Money.value(server.positionQty(), price))
                .subtract(Money.value(server.positionQty(), serverMarkedAt));
    }

    @Override
    public void close() {
        handles.close();
    }
}
