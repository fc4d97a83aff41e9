package io.rugdesk.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Payload object → record, one method per known event (protocol.md §2), and the {@link Schema} of each: the
 * fields its method reads, which are all {@link WireReader} keeps. Unknown keys are ignored, missing keys get
 * the defaults the records document; a wrong type throws {@link RejectedPayload}. Stateless.
 */
final class PayloadDecoders {

    private static final Set<String> STANDARD_KEYS = Set.of("active", "price", "partialPrices", "tradeCount",
            "rugged", "tickCount", "cooldownTimer", "cooldownPaused", "pauseMessage", "allowPreRoundBuys",
            "averageMultiplier", "count2x", "count10x", "count50x", "count100x", "leaderboard", "gameId",
            "connectedPlayers", "rugpool", "rugRoyale", "provablyFair");
    private static final Set<String> TICK_ZERO_KEYS = Set.of("active", "price", "rugged", "tickCount",
            "cooldownTimer", "cooldownPaused", "pauseMessage", "allowPreRoundBuys", "leaderboard", "gameId",
            "connectedPlayers", "gameVersion", "partialPrices", "provablyFair");
    private static final Set<String> COOLDOWN_KEYS = Set.of("gameId", "cooldownTimer", "cooldownPaused",
            "allowPreRoundBuys", "leaderboard", "connectedPlayers", "provablyFair");

    private static final Schema SIDE_BET_INFO = Schema.builder().number("startedAtTick", "end", "betAmount", "xPayout")
            .text("gameId", "coinAddress").build();
    private static final Schema LEADERBOARD_ENTRY = Schema.builder().text("id", "username")
            .number("level", "pnl", "regularPnl", "sidebetPnl", "shortPnl", "pnlPercent", "positionQty", "avgCost",
                    "totalInvested", "position")
            .flag("hasActiveTrades", "sidebetActive").object("sideBet", SIDE_BET_INFO).build();
    private static final Schema PARTIAL_PRICES = Schema.builder().number("startTick", "endTick").numberMap("values")
            .build();
    private static final Schema HISTORY_ENTRY = Schema.builder().text("id", "gameVersion")
            .number("timestamp", "peakMultiplier").numbers("prices").flag("rugged")
            .object("provablyFair", Schema.builder().text("serverSeed", "serverSeedHash").build()).build();
    private static final Schema GAME_STATE = Schema.builder().text("gameId", "gameVersion")
            .flag("active", "rugged", "cooldownPaused", "allowPreRoundBuys")
            .number("price", "tickCount", "cooldownTimer", "connectedPlayers", "tradeCount")
            .number("count2x", "count10x", "count50x", "count100x")
            .objects("leaderboard", LEADERBOARD_ENTRY).objects("gameHistory", HISTORY_ENTRY)
            .object("partialPrices", PARTIAL_PRICES)
            .object("provablyFair", Schema.builder().text("serverSeedHash", "version").build()).numbers("prices")
            .presence(STANDARD_KEYS).presence(TICK_ZERO_KEYS).presence(COOLDOWN_KEYS).build();
    private static final long STANDARD_MASK = GAME_STATE.mask(STANDARD_KEYS);
    private static final long TICK_ZERO_MASK = GAME_STATE.mask(TICK_ZERO_KEYS);
    private static final long COOLDOWN_MASK = GAME_STATE.mask(COOLDOWN_KEYS);
    private static final Schema PLAYER_UPDATE = Schema.builder().text("id").flag("authenticated")
            .number("cash", "positionQty", "avgCost", "cumulativePnL", "totalInvested", "pnlPercent", "sidebetPnl")
            .object("sideBet", SIDE_BET_INFO).build();
    private static final Schema USERNAME_STATUS = Schema.builder().text("id", "username").flag("hasUsername").build();
    private static final Schema GAME_STATE_PLAYER_UPDATE = Schema.builder().text("gameId")
            .object("leaderboardEntry", LEADERBOARD_ENTRY).build();
    private static final Schema NEW_TRADE = Schema.builder().text("id", "gameId", "playerId", "username", "type", "coin")
            .number("level", "price", "tickIndex", "amount", "qty", "leverage").build();
    private static final Schema SIDEBET_PLACEMENT = Schema.builder()
            .text("playerId", "gameId", "username", "coinAddress", "type")
            .number("level", "price", "betAmount", "xPayout", "startTick", "endTick", "tickIndex", "timestamp").build();
    private static final Schema SIDEBET_RESULT = Schema.builder().text("playerId", "gameId", "type")
            .number("betAmount", "payout", "profit", "xPayout", "startTick", "endTick", "tickIndex", "price").build();
    /** An ACK's first argument. */
    static final Schema ACK = Schema.builder().flag("success").text("message").object("sidebet", SIDEBET_PLACEMENT)
            .any("error").build();

    private PayloadDecoders() {
    }

    /** The fields the decoder of {@code eventName} reads (a known event, {@link WireCodec#isKnown}). */
    static Schema schemaOf(String eventName) {
        return switch (eventName) {
            case GameStateUpdate.EVENT -> GAME_STATE;
            case PlayerUpdate.EVENT -> PLAYER_UPDATE;
            case UsernameStatus.EVENT -> USERNAME_STATUS;
            case GameStatePlayerUpdate.EVENT -> GAME_STATE_PLAYER_UPDATE;
            case NewTrade.EVENT -> NEW_TRADE;
            case NewSideBet.EVENT, CurrentSidebet.EVENT -> SIDEBET_PLACEMENT;
            case CurrentSidebetResult.EVENT -> SIDEBET_RESULT;
            default -> throw new IllegalArgumentException("not a known event: " + eventName);
        };
    }

    static GameStateUpdate gameState(Fields p, Stamp stamp) {
        return new GameStateUpdate(stamp, shapeOf(p), p.requiredString("gameId"), p.bool("active"),
                p.bool("rugged"), p.priceOrNull("price"), p.nonNegativeInteger("tickCount"),
                p.nonNegativeInteger("cooldownTimer"), p.bool("cooldownPaused"), p.bool("allowPreRoundBuys"),
                p.nonNegativeInteger("connectedPlayers"), p.nonNegativeInteger("tradeCount"),
                leaderboard(p), partialPrices(p.objectOrNull("partialPrices")), p.prices("prices"),
                gameHistory(p), provablyFair(p.objectOrNull("provablyFair")), p.string("gameVersion"),
                GameCounts.of(p));
    }

    /** Tells the five real shapes apart by their key sets (protocol.md §2.1.1); drift becomes OTHER. */
    static GameStateShape shapeOf(Fields payload) {
        if (payload.has("prices")) {
            return GameStateShape.SNAPSHOT;
        }
        if (payload.has("gameHistory")) {
            return GameStateShape.EXTENDED;
        }
        if (payload.hasAll(STANDARD_MASK)) {
            return GameStateShape.STANDARD;
        }
        if (payload.hasAll(TICK_ZERO_MASK)) {
            return GameStateShape.TICK_ZERO;
        }
        if (payload.hasAll(COOLDOWN_MASK) && !payload.has("active") && !payload.has("tickCount")) {
            return GameStateShape.COOLDOWN;
        }
        return GameStateShape.OTHER;
    }

    private static List<LeaderboardEntry> leaderboard(Fields p) {
        List<Object> rows = p.array("leaderboard");
        List<LeaderboardEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            entries.add(leaderboardEntry(p.element("leaderboard", i, rows.get(i))));
        }
        return entries;
    }

    static LeaderboardEntry leaderboardEntry(Fields e) {
        return new LeaderboardEntry(e.string("id"), e.string("username"), e.integer("level"), e.decimal("pnl"),
                e.decimal("regularPnl"), e.decimal("sidebetPnl"), e.decimal("shortPnl"), e.decimal("pnlPercent"),
                e.bool("hasActiveTrades"), e.decimal("positionQty"), e.decimal("avgCost"),
                e.decimal("totalInvested"), e.integer("position"), e.bool("sidebetActive"),
                sideBetInfo(e.objectOrNull("sideBet")));
    }

    private static SideBetInfo sideBetInfo(Fields s) {
        if (s == null) {
            return null;
        }
        return new SideBetInfo(s.integer("startedAtTick"), s.string("gameId"), s.integer("end"),
                s.decimal("betAmount"), s.decimal("xPayout"), s.string("coinAddress"));
    }

    private static PartialPrices partialPrices(Fields pp) {
        if (pp == null) {
            return null;
        }
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        Map<String, Object> entries = pp.numberMap("values");
        if (entries != null) {
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                String key = entry.getKey();
                Supplier<String> what = () -> pp.name("values") + "." + key;
                int tick;
                try {
                    tick = Integer.parseInt(key);
                } catch (NumberFormatException notATick) {
                    throw new RejectedPayload(what.get() + ": key is not a tick number");
                }
                if (tick < 0) {
                    throw new RejectedPayload(what.get() + ": negative tick");
                }
                values.put(tick, Fields.price(entry.getValue(), what));
            }
        }
        return new PartialPrices(pp.nonNegativeInteger("startTick"), pp.nonNegativeInteger("endTick"), values);
    }

    private static List<GameHistoryEntry> gameHistory(Fields p) {
        List<Object> rows = p.array("gameHistory");
        List<GameHistoryEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Fields h = p.element("gameHistory", i, rows.get(i));
            Fields fair = h.objectOrNull("provablyFair");
            entries.add(new GameHistoryEntry(h.string("id"), h.longValue("timestamp"), h.prices("prices"),
                    h.decimalOrNull("peakMultiplier"), h.bool("rugged"),
                    fair == null ? null : fair.string("serverSeed"),
                    fair == null ? null : fair.string("serverSeedHash"), h.string("gameVersion")));
        }
        return entries;
    }

    private static ProvablyFair provablyFair(Fields f) {
        return f == null ? null : new ProvablyFair(f.string("serverSeedHash"), f.string("version"));
    }

    static PlayerUpdate playerUpdate(Fields p, Stamp stamp) {
        return new PlayerUpdate(stamp, p.string("id"), p.bool("authenticated"), p.nonNegativeDecimal("cash"),
                p.nonNegativeDecimal("positionQty"), p.nonNegativeDecimal("avgCost"), p.decimal("cumulativePnL"),
                p.decimal("totalInvested"), p.decimal("pnlPercent"), p.decimal("sidebetPnl"),
                sideBetInfo(p.objectOrNull("sideBet")));
    }

    static UsernameStatus usernameStatus(Fields p, Stamp stamp) {
        return new UsernameStatus(stamp, p.string("id"), p.bool("hasUsername"), p.string("username"));
    }

    static GameStatePlayerUpdate gameStatePlayerUpdate(Fields p, Stamp stamp) {
        Fields entry = p.objectOrNull("leaderboardEntry");
        return new GameStatePlayerUpdate(stamp, p.string("gameId"), entry == null ? null : leaderboardEntry(entry));
    }

    static NewTrade newTrade(Fields p, Stamp stamp) {
        return new NewTrade(stamp, p.string("id"), p.string("gameId"), p.string("playerId"), p.string("username"),
                p.integer("level"), p.string("type"), p.decimal("price"), p.nonNegativeInteger("tickIndex"),
                p.string("coin"), p.decimal("amount"), p.decimal("qty"), p.integer("leverage"));
    }

    static SidebetPlacement sidebetPlacement(Fields p) {
        return new SidebetPlacement(p.string("playerId"), p.string("gameId"), p.string("username"),
                p.integer("level"), p.decimal("price"), p.decimal("betAmount"), p.decimal("xPayout"),
                p.string("coinAddress"), p.nonNegativeInteger("startTick"), p.nonNegativeInteger("endTick"),
                p.nonNegativeInteger("tickIndex"), p.longValue("timestamp"), p.string("type"));
    }

    static CurrentSidebetResult sidebetResult(Fields p, Stamp stamp) {
        return new CurrentSidebetResult(stamp, p.string("playerId"), p.string("gameId"), p.decimal("betAmount"),
                p.decimal("payout"), p.decimal("profit"), p.decimal("xPayout"), p.nonNegativeInteger("startTick"),
                p.nonNegativeInteger("endTick"), p.nonNegativeInteger("tickIndex"), p.decimal("price"),
                p.string("type"));
    }

    /** An ACK's first argument (protocol.md §3.1); anything but {@code success:true} is a failure. */
    static OrderAck ack(Fields a) {
        if (a.bool("success")) {
            Fields sidebet = a.objectOrNull("sidebet");
            return new OrderAck(true, null, a.string("message"), sidebet == null ? null : sidebetPlacement(sidebet));
        }
        JsonNode error = a.tree("error");
        String code = error == null || error.isNull() ? "UNKNOWN" : error.isTextual() ? error.textValue()
                : Fields.abbreviate(error.toString());
        return OrderAck.failed(code, a.string("message"));
    }
}
