package io.rugdesk.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the window shows, as one immutable value. The domain thread builds a new one whenever something
 * changed and hands it to a {@link SnapshotSource}; the EDT only ever reads it (design.md §1, §5).
 *
 * <p>Only plain types (String, BigDecimal, Instant, List and the enums below) so that {@code ui} depends on no
 * other package. Lists are copied to unmodifiable lists and capped at their {@code MAX_*} bound (oldest dropped).
 * Thread: any; instances are immutable.
 */
public record UiSnapshot(
        Connection connection,
        Game game,
        Player player,
        Account account,
        Drift drift,
        Latency latency,
        Recording recording,
        Permissions permissions,
        List<LogEntry> events,
        List<Notice> notices,
        GameBoard board) {

    public static final int MAX_PRICE_POINTS = 10_000;
    public static final int MAX_TRADE_MARKERS = 500;
    public static final int MAX_DRIFT_HISTORY = 200;
    public static final int MAX_EVENTS = 500;
    public static final int MAX_NOTICES = 20;

    public UiSnapshot {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(permissions, "permissions");
        events = lastOf(events, MAX_EVENTS);
        notices = lastOf(notices, MAX_NOTICES);
        board = board == null ? GameBoard.empty() : board;
    }

    /** A snapshot without the game board (leaderboard, history, other players' trades, sidebet odds). */
    public UiSnapshot(Connection connection, Game game, Player player, Account account, Drift drift, Latency latency,
                      Recording recording, Permissions permissions, List<LogEntry> events, List<Notice> notices) {
        this(connection, game, player, account, drift, latency, recording, permissions, events, notices,
                GameBoard.empty());
    }

    /** What the window shows before the domain has said anything. */
    public static UiSnapshot initial() {
        return new UiSnapshot(
                new Connection(Health.DISCONNECTED, "not connected", "", false, 0),
                Game.none(),
                Player.notLoggedIn(),
                Account.of(AccountValues.ZERO, AccountValues.UNKNOWN),
                Drift.unverified(),
                Latency.none(),
                new Recording(false, null, false, null),
                Permissions.allDenied("not connected"),
                List.of(),
                List.of());
    }

    /** Keeps the newest {@code max} elements (a list is ordered oldest first). */
    static <T> List<T> lastOf(List<T> list, int max) {
        if (list == null) {
            return List.of();
        }
        // an AppendOnlyList's snapshot is immutable already; copying it would cost O(n) per rebuild
        List<T> copy = AppendOnlyList.isSnapshot(list) ? list : List.copyOf(list);
        return copy.size() <= max ? copy : copy.subList(copy.size() - max, copy.size());
    }

    // ---- connection -------------------------------------------------------------------------------------

    /** Health of the feed: trading is allowed only when HEALTHY. */
    public enum Health { HEALTHY, DEGRADED, STALE, DISCONNECTED }

    /**
     * @param health          coloured dot in the status bar
     * @param healthText      short human text next to the dot ("live", "no tick for 3 s", …)
     * @param serverLabel     where we are connected ("embedded simulator", "rugs.fun"); never a token
     * @param embeddedSimulator true shows the Simulator menu
     * @param eventsPerSecond incoming events per second, for the status bar
     */
    public record Connection(Health health, String healthText, String serverLabel, boolean embeddedSimulator,
                             double eventsPerSecond, DomainLoad domainLoad) {
        public Connection {
            Objects.requireNonNull(health, "health");
            healthText = healthText == null ? "" : healthText;
            serverLabel = serverLabel == null ? "" : serverLabel;
            domainLoad = domainLoad == null ? DomainLoad.unmeasured() : domainLoad;
        }

        /** Before the domain thread's load was measured. */
        public Connection(Health health, String healthText, String serverLabel, boolean embeddedSimulator,
                          double eventsPerSecond) {
            this(health, healthText, serverLabel, embeddedSimulator, eventsPerSecond, DomainLoad.unmeasured());
        }
    }

    /**
     * How loaded the domain thread was over the last second (the session measures it about every second): the
     * longest an event waited between being published and being handled (its lateness), and the events waiting on
     * the bus now and at most. Prices and orders reach the window and the trading gate that much late.
     *
     * @param measured false until the first measurement
     */
    public record DomainLoad(boolean measured, long lagMicros, int queuedEvents, int maxQueuedEvents) {

        /** Lateness from which the indicator turns amber (prices noticeably late; a tick is 250 ms). */
        public static final long BUSY_LAG_MICROS = 50_000;
        /** Lateness from which it turns red: events are handled a tick or more late. */
        public static final long OVERLOADED_LAG_MICROS = 250_000;
        /** Events waiting at once from which it turns amber; the real feed brings about five a second. */
        public static final int BUSY_QUEUE = 50;
        /** Events waiting at once from which it turns red. */
        public static final int OVERLOADED_QUEUE = 1_000;

        public enum Level { UNMEASURED, OK, BUSY, OVERLOADED }

        public static DomainLoad unmeasured() {
            return new DomainLoad(false, 0, 0, 0);
        }

        public static DomainLoad of(long lagMicros, int queuedEvents, int maxQueuedEvents) {
            return new DomainLoad(true, lagMicros, queuedEvents, maxQueuedEvents);
        }

        /** The worse of the lateness's and the queue's levels. */
        public Level level() {
            if (!measured) {
                return Level.UNMEASURED;
            }
            int queue = Math.max(queuedEvents, maxQueuedEvents);
            if (lagMicros >= OVERLOADED_LAG_MICROS || queue >= OVERLOADED_QUEUE) {
                return Level.OVERLOADED;
            }
            return lagMicros >= BUSY_LAG_MICROS || queue >= BUSY_QUEUE ? Level.BUSY : Level.OK;
        }
    }

    // ---- game -------------------------------------------------------------------------------------------

    /** Mirrors the domain's phase (protocol.md §4.1) without depending on it. */
    public enum GamePhase { UNKNOWN, COOLDOWN, PRESALE, ACTIVE, RUGGED }

    public enum Side { BUY, SELL }

    public record PricePoint(int tick, BigDecimal price) {
        public PricePoint {
            Objects.requireNonNull(price, "price");
        }
    }

    /** One of the player's own trades, drawn on the chart. */
    public record TradeMarker(int tick, BigDecimal price, Side side) {
        public TradeMarker {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(side, "side");
        }
    }

    /** An open sidebet covers ticks {@code startTick..endTick} (40 ticks on rugs.fun). */
    public record SidebetWindow(int startTick, int endTick) {
    }

    /**
     * @param gameId           current game id, or "" before the first game
     * @param tick             current tick (0 outside ACTIVE)
     * @param price            current price multiplier
     * @param cooldownMs       remaining cooldown/presale timer in ms, 0 when ACTIVE
     * @param prices           the current game's price per tick, oldest first (capped)
     * @param trades           the player's own buys and sells in this game (capped)
     * @param rug              where the game rugged, or null
     * @param sidebet          the open sidebet's window, or null
     */
    public record Game(String gameId, GamePhase phase, int tick, BigDecimal price, long cooldownMs,
                       int connectedPlayers, List<PricePoint> prices, List<TradeMarker> trades, PricePoint rug,
                       SidebetWindow sidebet) {
        public Game {
            gameId = gameId == null ? "" : gameId;
            Objects.requireNonNull(phase, "phase");
            price = price == null ? BigDecimal.ONE : price;
            prices = lastOf(prices, MAX_PRICE_POINTS);
            trades = lastOf(trades, MAX_TRADE_MARKERS);
        }

        public static Game none() {
            return new Game("", GamePhase.UNKNOWN, 0, BigDecimal.ONE, 0, 0, List.of(), List.of(), null, null);
        }
    }

    /**
     * Whether two games show the same thing, cheaply: the fields, and the lists by identity (the domain hands out
     * the same list instance while a list does not change, so a list that is not the same is new). A full
     * {@code equals} walks every price twice per refresh (issue 15).
     */
    public static boolean sameGame(Game a, Game b) {
        return a == b || a != null && b != null && a.gameId().equals(b.gameId()) && a.phase() == b.phase()
                && a.tick() == b.tick() && a.price().compareTo(b.price()) == 0 && a.cooldownMs() == b.cooldownMs()
                && a.connectedPlayers() == b.connectedPlayers() && a.prices() == b.prices()
                && a.trades() == b.trades() && Objects.equals(a.rug(), b.rug())
                && Objects.equals(a.sidebet(), b.sidebet());
    }

    // ---- player and account -----------------------------------------------------------------------------

    public record Player(boolean loggedIn, String username, String id) {
        public static Player notLoggedIn() {
            return new Player(false, null, null);
        }
    }

    /** The rows of the account table, in display order; {@link #key()} names the field in drift reports. */
    public enum AccountField {
        CASH("cash", "Cash (SOL)", "SOL available to trade"),
        POSITION_QTY("positionQty", "Position qty", "Tokens held"),
        AVG_COST("avgCost", "Avg cost", "Cost basis per token (multiplier units)"),
        GAME_PNL("gamePnl", "Game P&L", "This game's P&L in SOL: realised + unrealised (the server's pnl, "
                + "protocol.md §4.6), both sides marked at the live price"),
        TOTAL_INVESTED("totalInvested", "Total invested", "Most SOL at risk at once this game (cost basis + "
                + "sidebet stakes); it never falls on a sell");

        private final String key;
        private final String label;
        private final String description;

        AccountField(String key, String label, String description) {
            this.key = key;
            this.label = label;
            this.description = description;
        }

        /** Stable key, also the prefix of the component names ("positionQtyLocal"…). */
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** What the row means, for its tooltip. */
        public String description() {
            return description;
        }
    }

    /** One side's account values; any value may be null (unknown), the server side usually is at first. */
    public record AccountValues(BigDecimal cash, BigDecimal positionQty, BigDecimal avgCost,
                                BigDecimal gamePnl, BigDecimal totalInvested) {
        public static final AccountValues ZERO = new AccountValues(BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        public static final AccountValues UNKNOWN = new AccountValues(null, null, null, null, null);

        public BigDecimal get(AccountField field) {
            return switch (field) {
                case CASH -> cash;
                case POSITION_QTY -> positionQty;
                case AVG_COST -> avgCost;
                case GAME_PNL -> gamePnl;
                case TOTAL_INVESTED -> totalInvested;
            };
        }
    }

    /**
     * A row of the account table: difference is server − local, null when either side is unknown.
     *
     * @param compared true when the verifier compared exactly these two values (its verdict is the indicator's);
     *                 false shows the difference greyed, with {@code note} saying why it was not compared
     *                 ("Not compared: " + note)
     */
    public record AccountLine(AccountField field, BigDecimal local, BigDecimal server, BigDecimal difference,
                              boolean compared, String note) {
        public AccountLine {
            Objects.requireNonNull(field, "field");
            note = note == null ? "" : note;
        }
    }

    /** Local and server values side by side; build it with {@link #of}. */
    public record Account(AccountValues local, AccountValues server, List<AccountLine> lines) {
        public Account {
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(server, "server");
            lines = List.copyOf(lines);
        }

        /** Every line's difference (server − local), none of them known to be compared by the verifier. */
        public static Account of(AccountValues local, AccountValues server) {
            return of(local, server, field -> NOT_CHECKED);
        }

        /**
         * Every line's difference (server − local); {@code whyNotCompared} gives, per field, null when the
         * verifier compared these values, else the reason shown in the difference's tooltip.
         */
        public static Account of(AccountValues local, AccountValues server,
                                 java.util.function.Function<AccountField, String> whyNotCompared) {
            List<AccountLine> lines = new ArrayList<>();
            for (AccountField field : AccountField.values()) {
                BigDecimal l = local.get(field);
                BigDecimal s = server.get(field);
                String why = whyNotCompared.apply(field);
                lines.add(new AccountLine(field, l, s, l == null || s == null ? null : s.subtract(l), why == null,
                        why));
            }
            return new Account(local, server, lines);
        }

        /** The reason given for a difference nobody checked. */
        public static final String NOT_CHECKED = "the verifier has not checked these two values";

        public AccountLine line(AccountField field) {
            return lines.get(field.ordinal());
        }
    }

    // ---- drift ------------------------------------------------------------------------------------------

    public enum DriftState { IN_SYNC, WITHIN_TOLERANCE, DRIFT, UNVERIFIED }

    /** A field whose local and server values differ; {@code field} is an {@link AccountField#key()} or any name. */
    public record FieldDrift(String field, BigDecimal local, BigDecimal server, BigDecimal difference) {
        public FieldDrift {
            Objects.requireNonNull(field, "field");
        }
    }

    /** One verification result in the drift history. */
    public record DriftEntry(Instant time, DriftState state, List<FieldDrift> fields) {
        public DriftEntry {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(state, "state");
            fields = List.copyOf(fields);
        }
    }

    /**
     * @param driftCount how many verifications drifted so far ("DRIFT ×n")
     * @param fields     the fields drifting now (or within tolerance), empty when in sync
     * @param history    past results, oldest first (capped)
     */
    public record Drift(DriftState state, int driftCount, List<FieldDrift> fields, List<DriftEntry> history) {
        public Drift {
            Objects.requireNonNull(state, "state");
            fields = List.copyOf(fields);
            history = lastOf(history, MAX_DRIFT_HISTORY);
        }

        public static Drift unverified() {
            return new Drift(DriftState.UNVERIFIED, 0, List.of(), List.of());
        }
    }

    // ---- latency, recording, permissions, log, notices ------------------------------------------------

    /** Request→confirmation latency in ms; {@code samples == 0} means nothing measured yet. */
    public record Latency(long lastMs, long p50Ms, long p95Ms, int samples, boolean spike) {
        public static Latency none() {
            return new Latency(0, 0, 0, 0, false);
        }
    }

    /**
     * @param fileName   the file being written (name only, no directory), null when not recording
     * @param autoRecord the Auto-record checkbox
     * @param folder     the recordings folder, for "Open recordings folder", or null
     * @param replay     the recording opened with File → Open recording…, if any
     */
    public record Recording(boolean active, String fileName, boolean autoRecord, String folder, Replay replay) {
        public Recording {
            replay = replay == null ? Replay.closed() : replay;
        }

        /** No replay open. */
        public Recording(boolean active, String fileName, boolean autoRecord, String folder) {
            this(active, fileName, autoRecord, folder, Replay.closed());
        }
    }

    /**
     * A recording being replayed: the game it shows comes through {@link Game} as if live.
     *
     * @param position records replayed so far, of {@code length}
     * @param speed    1.0 = as recorded
     */
    public record Replay(boolean open, String fileName, boolean playing, double speed, int position, int length) {
        public static Replay closed() {
            return new Replay(false, null, false, 1.0, 0, 0);
        }
    }

    /** Whether an action can run now, and if not, why (shown as the button's tooltip). */
    public record Permission(boolean enabled, String reason) {
        public Permission {
            reason = reason == null ? "" : reason;
        }

        public static Permission allowed() {
            return new Permission(true, "");
        }

        public static Permission denied(String reason) {
            return new Permission(false, reason);
        }
    }

    /** Per trading action; all SELL percentages share {@code sell}. */
    public record Permissions(Permission buy, Permission sell, Permission sidebet) {
        public Permissions {
            Objects.requireNonNull(buy, "buy");
            Objects.requireNonNull(sell, "sell");
            Objects.requireNonNull(sidebet, "sidebet");
        }

        public static Permissions allDenied(String reason) {
            Permission denied = Permission.denied(reason);
            return new Permissions(denied, denied, denied);
        }
    }

    /** A line of the event log; {@code type} is the filter key ("trade", "phase", "drift", …). */
    public record LogEntry(Instant time, String type, String text) {
        public LogEntry {
            Objects.requireNonNull(time, "time");
            type = type == null ? "" : type;
            text = text == null ? "" : text;
        }
    }

    public enum NoticeLevel { INFO, WARNING, ERROR }

    /**
     * A short message shown once as a fading toast (order failed, drift detected…). {@code id} increases; the
     * window shows each id once, so the domain may keep recent notices in every snapshot.
     */
    public record Notice(long id, Instant time, NoticeLevel level, String text) {
        public Notice {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(level, "level");
            text = text == null ? "" : text;
        }
    }
}
