package io.rugdesk.recording;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.DomainLoadObserved;
import io.rugdesk.event.Event;
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
import io.rugdesk.game.OpenSidebet;
import io.rugdesk.game.PhaseAnomaly;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.MissedRugRevealed;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.game.TickArrivedLate;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.CurrentSidebet;
import io.rugdesk.protocol.CurrentSidebetResult;
import io.rugdesk.protocol.FrameRejected;
import io.rugdesk.protocol.GameStatePlayerUpdate;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.NewSideBet;
import io.rugdesk.protocol.NewTrade;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.SideBetInfo;
import io.rugdesk.protocol.SidebetPlacement;
import io.rugdesk.protocol.UnknownEvent;
import io.rugdesk.protocol.UsernameStatus;
import io.rugdesk.trading.ConfirmedOrderNotApplied;
import io.rugdesk.trading.LatencyMeasured;
import io.rugdesk.trading.LatencySpikeDetected;
import io.rugdesk.trading.LocalAccountChanged;
import io.rugdesk.trading.OrderAcknowledged;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.OrderSeenInServerState;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.OrderTimedOut;
import io.rugdesk.trading.PersonalLeaderboardUpdated;
import io.rugdesk.trading.PlayerIdentified;
import io.rugdesk.trading.RequestAdoptServerState;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.ServerStateUpdated;
import io.rugdesk.trading.StrategyFilled;
import io.rugdesk.trading.TradingPermissionChanged;
import io.rugdesk.verify.FairnessChecked;
import io.rugdesk.verify.FieldComparison;
import io.rugdesk.verify.ServerStateAdopted;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateVerified;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.rugdesk.recording.RecordingJson.putDecimal;
import static io.rugdesk.recording.RecordingJson.putName;

/**
 * Schema 2's records for bus events (docs/recording-format.md, "Event records"): each recorded event type has a
 * record type name and its fields written here by hand, so the file format is fixed by this code and the
 * document, not by Java names. Every event type of the sealed roots is either {@linkplain #of written here},
 * {@linkplain #WRITTEN_BY_THE_RECORDER written by the recorder} (game facts that drive the file) or listed in
 * {@link #NOT_RECORDED} (or, for the packages this one may not see, {@link #NOT_RECORDED_ELSEWHERE});
 * EventRecordsTest fails when a new permitted type is in none of them. Thread: stateless.
 */
final class EventRecords {

    /** Game facts the recorder turns into records itself ({@link GameRecords}), because they drive the file. */
    static final Set<Class<? extends Event>> WRITTEN_BY_THE_RECORDER = Set.of(TickObserved.class,
            TickArrivedLate.class, GameStarted.class, PhaseChanged.class, GameEnded.class, SeedRevealed.class);

    /**
     * Deliberately not recorded: the frames whose content already is in other records (gameStateUpdate: tick and
     * phase; usernameStatus: player; gameStatePlayerUpdate: leaderboard; ServerStateUpdated: serverState) and the
     * recorder's own facts and commands ({@code RecordingEvent}); a missed rug revealed (its prices are in the
     * game's seed record); a snapshot's price history (the server's, not observed ticks: the full list is in the
     * game's seed record once the game ends, and the file keeps only what this client saw).
     */
    static final Set<Class<? extends Event>> NOT_RECORDED = Set.of(GameStateUpdate.class, UsernameStatus.class,
            GameStatePlayerUpdate.class, ServerStateUpdated.class, DomainLoadObserved.class,
            MissedRugRevealed.class, GamePricesResynced.class);

    /**
     * Deliberately not recorded, of packages this one may not import (design.md §2), so named here: the strategy
     * runner's decisions and stops and the risk guard's commands and facts. What they lead to is recorded: the
     * orders sent ({@code orderSubmitted} and the server's answers), the bot's fills ({@code strategyFill}); a
     * decision that sent nothing (refused, stopped) is in the bot's decision log and report, not in the game file.
     */
    static final Set<String> NOT_RECORDED_ELSEWHERE = Set.of("io.rugdesk.bot.StrategyDecided",
            "io.rugdesk.bot.StrategyStopped", "io.rugdesk.bot.RequestStopStrategy",
            "io.rugdesk.risk.RequestEmergencyStop", "io.rugdesk.risk.RequestRiskRearm",
            "io.rugdesk.risk.RequestRiskSettings", "io.rugdesk.risk.OrderRefusedByRisk",
            "io.rugdesk.risk.RiskStateChanged", "io.rugdesk.risk.EmergencyStopEngaged");

    private record Writer<E extends Event>(Class<E> eventType, String type, BiConsumer<E, ObjectNode> fields) {
        ObjectNode write(Event event) {
            E typed = eventType.cast(event);
            ObjectNode record = RecordingJson.record(type, typed.stamp().receivedAt());
            record.put("seq", typed.stamp().seq());
            fields.accept(typed, record);
            return record;
        }
    }

    private static final Map<Class<?>, Writer<?>> WRITERS = new HashMap<>();

    static {
        game();
        verification();
        trading();
        account();
        feed();
        connection();
    }

    private EventRecords() {
    }

    /** The record of {@code event}, or null when its type has no record here. */
    static ObjectNode of(Event event) {
        Writer<?> writer = WRITERS.get(event.getClass());
        return writer == null ? null : writer.write(event);
    }

    /** Whether {@code type} is deliberately not recorded (nor written by the recorder itself). */
    static boolean deliberatelyNotRecorded(Class<?> type) {
        return NOT_RECORDED.contains(type) || NOT_RECORDED_ELSEWHERE.contains(type.getName());
    }

    /** Whether {@code type} gets a record from {@link #of}. */
    static boolean writes(Class<?> type) {
        return WRITERS.containsKey(type);
    }

    /** The record type name {@code eventType} is written as, or null when it has none here. */
    static String recordType(Class<?> eventType) {
        Writer<?> writer = WRITERS.get(eventType);
        return writer == null ? null : writer.type();
    }

    private static <E extends Event> void on(Class<E> eventType, String type, BiConsumer<E, ObjectNode> fields) {
        WRITERS.put(eventType, new Writer<>(eventType, type, fields));
    }

    private static void game() {
        on(PhaseAnomaly.class, "anomaly", (e, r) -> {
            r.put("gameId", e.gameId());
            putName(r, "kind", e.kind());
            r.put("detail", e.detail());
        });
    }

    private static void verification() {
        on(FairnessChecked.class, "fairness", (e, r) -> {
            r.put("gameId", e.gameId());
            r.put("ok", e.ok());
            r.put("details", e.details());
        });
        on(StateVerified.class, "verified", (e, r) -> {
            putName(r, "status", e.status());
            comparisons(r.putArray("fields"), e.fields());
            ArrayNode matched = r.putArray("matchedOrderIds");
            e.matchedOrderIds().forEach(matched::add);
            r.put("verifications", e.verifications());
            r.put("drifts", e.drifts());
        });
        on(StateDriftDetected.class, "drift", (e, r) -> comparisons(r.putArray("fields"), e.drifted()));
        on(ServerStateAdopted.class, "adopted", (e, r) -> {
            putName(r, "reason", e.reason());
            figures(r.putObject("figures"), e.adopted());
        });
    }

    private static void trading() {
        on(RequestBuy.class, "command", (e, r) -> {
            r.put("command", "buy");
            putDecimal(r, "amount", e.amount());
        });
        on(RequestSell.class, "command", (e, r) -> {
            r.put("command", "sell");
            r.put("percentage", e.percentage());
        });
        on(RequestSidebet.class, "command", (e, r) -> {
            r.put("command", "sidebet");
            putDecimal(r, "amount", e.amount());
        });
        on(RequestAdoptServerState.class, "command", (e, r) -> r.put("command", "adoptServerState"));
        on(OrderSubmitted.class, "orderSubmitted", (e, r) -> {
            r.put("orderId", e.orderId());
            putName(r, "kind", e.kind());
            putDecimal(r, "amount", e.amount());
            r.put("percentage", e.percentage());
            putDecimal(r, "expectedPrice", e.expectedPrice());
            r.put("tick", e.tick());
            r.put("payload", e.payloadJson());
        });
        on(OrderRejected.class, "orderRejected", (e, r) -> {
            ObjectNode request = of(e.request());
            if (request != null) {
                request.remove(List.of("type", "t", "seq"));
            }
            r.set("request", request);
            r.put("reason", e.reason());
        });
        on(OrderAcknowledged.class, "orderAcknowledged", (e, r) -> {
            r.put("orderId", e.orderId());
            r.put("success", e.ack().success());
            r.put("error", e.ack().error());
            r.put("message", e.ack().message());
            if (e.ack().sidebet() != null) {
                placement(r.putObject("sidebet"), e.ack().sidebet());
            }
            r.put("receivedAt", e.receivedAtMillis());
        });
        on(OrderTimedOut.class, "orderTimedOut", (e, r) -> r.put("orderId", e.orderId()));
        on(OrderConfirmed.class, "orderConfirmed", (e, r) -> {
            r.put("orderId", e.orderId());
            putName(r, "kind", e.kind());
            putDecimal(r, "executionPrice", e.executionPrice());
        });
        on(OrderFailed.class, "orderFailed", (e, r) -> {
            r.put("orderId", e.orderId());
            r.put("reason", e.reason());
        });
        on(OrderSeenInServerState.class, "orderSeen", (e, r) -> {
            r.put("orderId", e.orderId());
            putDecimal(r, "executionPrice", e.executionPrice());
            r.put("receivedAt", e.receivedAtMillis());
        });
        on(LatencyMeasured.class, "latency", (e, r) -> {
            r.put("orderId", e.orderId());
            putName(r, "leg", e.leg());
            r.put("millis", e.millis());
            if (e.stats() != null) {
                ObjectNode stats = r.putObject("stats");
                stats.put("count", e.stats().count());
                stats.put("p50", e.stats().p50());
                stats.put("p95", e.stats().p95());
                stats.put("p99", e.stats().p99());
                stats.put("max", e.stats().max());
            }
        });
        on(LatencySpikeDetected.class, "latencySpike", (e, r) -> {
            r.put("orderId", e.orderId());
            putName(r, "leg", e.leg());
            r.put("millis", e.millis());
            r.put("medianMillis", e.medianMillis());
        });
        on(StrategyFilled.class, "strategyFill", (e, r) -> {
            r.put("gameId", e.gameId());
            r.put("mode", e.paper() ? "PAPER" : "LIVE");
            r.put("strategy", e.strategy());
            r.put("decidedTick", e.decidedTick());
            r.put("tick", e.tick());
            r.put("kind", e.kind());
            putDecimal(r, "expectedPrice", e.expectedPrice());
            putDecimal(r, "price", e.price());
            putDecimal(r, "qty", e.qty());
            putDecimal(r, "amount", e.amount());
            putDecimal(r, "cashAfter", e.cashAfter());
            r.put("reason", e.reason());
        });
        on(TradingPermissionChanged.class, "tradingPermission", (e, r) -> {
            r.put("buy", e.buy().allowed());
            r.put("buyReason", e.buy().reason());
            r.put("sell", e.sell().allowed());
            r.put("sellReason", e.sell().reason());
            r.put("sidebet", e.sidebet().allowed());
            r.put("sidebetReason", e.sidebet().reason());
        });
    }

    private static void account() {
        on(PlayerIdentified.class, "player", (e, r) -> {
            r.put("id", e.id());
            r.put("username", e.username());
        });
        on(ConfirmedOrderNotApplied.class, "orderNotApplied", (e, r) -> {
            r.put("orderId", e.orderId());
            putName(r, "kind", e.kind());
            r.put("tick", e.tick());
            r.put("reason", e.reason());
        });
        on(LocalAccountChanged.class, "localAccount", (e, r) -> {
            putDecimal(r, "cash", e.expected().cash());
            putDecimal(r, "positionQty", e.expected().positionQty());
            putDecimal(r, "avgCost", e.expected().avgCost());
            putDecimal(r, "totalInvested", e.expected().totalInvested());
            putDecimal(r, "realisedPnl", e.expected().realisedPnl());
            putDecimal(r, "sidebetPnl", e.expected().sidebetPnl());
            openSidebet(r, e.expected().sidebet());
            r.put("pendingOrders", e.pendingOrders());
        });
        on(PersonalLeaderboardUpdated.class, "leaderboard", (e, r) -> {
            r.put("gameId", e.gameId());
            r.put("rank", e.rank());
            putDecimal(r, "pnl", e.pnl());
            putDecimal(r, "pnlPercent", e.pnlPercent());
            putDecimal(r, "positionQty", e.positionQty());
        });
    }

    private static void feed() {
        on(PlayerUpdate.class, "serverState", (e, r) -> {
            r.put("id", e.id());
            r.put("authenticated", e.authenticated());
            putDecimal(r, "cash", e.cash());
            putDecimal(r, "positionQty", e.positionQty());
            putDecimal(r, "avgCost", e.avgCost());
            putDecimal(r, "cumulativePnL", e.cumulativePnL());
            putDecimal(r, "totalInvested", e.totalInvested());
            putDecimal(r, "pnlPercent", e.pnlPercent());
            putDecimal(r, "sidebetPnl", e.sidebetPnl());
            SideBetInfo bet = e.sideBet();
            if (bet == null) {
                r.putNull("sideBet");
            } else {
                ObjectNode node = r.putObject("sideBet");
                node.put("startedAtTick", bet.startedAtTick());
                node.put("gameId", bet.gameId());
                node.put("end", bet.end());
                putDecimal(node, "betAmount", bet.betAmount());
                putDecimal(node, "xPayout", bet.xPayout());
                node.put("coinAddress", bet.coinAddress());
            }
        });
        on(NewTrade.class, "trade", (e, r) -> {
            r.put("id", e.id());
            r.put("gameId", e.gameId());
            r.put("playerId", e.playerId());
            r.put("username", e.username());
            r.put("level", e.level());
            r.put("tradeType", e.type());
            putDecimal(r, "price", e.price());
            r.put("tickIndex", e.tickIndex());
            r.put("coin", e.coin());
            putDecimal(r, "amount", e.amount());
            putDecimal(r, "qty", e.qty());
            r.put("leverage", e.leverage());
        });
        on(NewSideBet.class, "sidebetPlaced", (e, r) -> placement(r.putObject("sidebet"), e.sidebet()));
        on(CurrentSidebet.class, "currentSidebet", (e, r) -> placement(r.putObject("sidebet"), e.sidebet()));
        on(CurrentSidebetResult.class, "sidebetResult", (e, r) -> {
            r.put("playerId", e.playerId());
            r.put("gameId", e.gameId());
            putDecimal(r, "betAmount", e.betAmount());
            putDecimal(r, "payout", e.payout());
            putDecimal(r, "profit", e.profit());
            putDecimal(r, "xPayout", e.xPayout());
            r.put("startTick", e.startTick());
            r.put("endTick", e.endTick());
            r.put("tickIndex", e.tickIndex());
            putDecimal(r, "price", e.price());
            r.put("sidebetType", e.type());
        });
        on(FrameRejected.class, "frameRejected", (e, r) -> {
            r.put("event", e.eventName());
            r.put("reason", e.reason());
            r.put("raw", e.rawArgumentsJson());
        });
        on(UnknownEvent.class, "unknownEvent", (e, r) -> {
            r.put("event", e.eventName());
            r.put("raw", e.rawArgumentsJson());
        });
    }

    private static void connection() {
        on(Connecting.class, "connecting", (e, r) -> r.put("url", e.url()));
        on(Connected.class, "connected", (e, r) -> r.put("transport", e.transport()));
        on(Disconnected.class, "disconnected", (e, r) -> r.put("reason", e.reason()));
        on(ReconnectScheduled.class, "reconnectScheduled", (e, r) -> {
            r.put("attempt", e.attempt());
            r.put("delayMs", e.delayMs());
        });
        on(Reconnected.class, "reconnected", (e, r) -> r.put("attempt", e.attempt()));
        on(ConnectionHealthChanged.class, "connectionHealth", (e, r) -> {
            putName(r, "health", e.health());
            r.put("reason", e.reason());
        });
    }

    private static void comparisons(ArrayNode array, List<FieldComparison> comparisons) {
        for (FieldComparison c : comparisons) {
            ObjectNode node = array.addObject();
            node.put("field", c.field().wireName());
            putDecimal(node, "local", c.local());
            putDecimal(node, "server", c.server());
            putDecimal(node, "difference", c.difference());
            putDecimal(node, "tolerance", c.tolerance());
        }
    }

    private static void figures(ObjectNode node, AccountFigures figures) {
        putDecimal(node, "cash", figures.cash());
        putDecimal(node, "positionQty", figures.positionQty());
        putDecimal(node, "avgCost", figures.avgCost());
        putDecimal(node, "cumulativePnL", figures.cumulativePnL());
        putDecimal(node, "totalInvested", figures.totalInvested());
        putDecimal(node, "sidebetPnl", figures.sidebetPnl());
        openSidebet(node, figures.sidebet());
    }

    private static void openSidebet(ObjectNode node, OpenSidebet sidebet) {
        if (sidebet == null) {
            node.putNull("sidebet");
            return;
        }
        ObjectNode bet = node.putObject("sidebet");
        bet.put("startTick", sidebet.startTick());
        bet.put("endTick", sidebet.endTick());
        putDecimal(bet, "amount", sidebet.amount());
        putDecimal(bet, "xPayout", sidebet.xPayout());
    }

    private static void placement(ObjectNode node, SidebetPlacement p) {
        node.put("playerId", p.playerId());
        node.put("gameId", p.gameId());
        node.put("username", p.username());
        node.put("level", p.level());
        putDecimal(node, "price", p.price());
        putDecimal(node, "betAmount", p.betAmount());
        putDecimal(node, "xPayout", p.xPayout());
        node.put("coinAddress", p.coinAddress());
        node.put("startTick", p.startTick());
        node.put("endTick", p.endTick());
        node.put("tickIndex", p.tickIndex());
        node.put("timestamp", p.timestamp());
        node.put("sidebetType", p.type());
    }
}
