package io.rugdesk.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * REFERENCE ONLY: the wire payload decoders as they were before the streaming pass (commit 29482cc), parsing each frame
 * whole into a Jackson tree. Kept so StreamingDecodeMatchesTreeTest can show the streaming codec decodes every
 * frame to the same event, rejection reasons included, and CodecBenchmark can time both. Not used by the client.
 *
 * Payload object → record, one method per known event (protocol.md §2). Unknown keys are ignored, missing keys
 * get the defaults the records document; a wrong type throws {@link RejectedPayload}. Stateless.
 */
final class TreePayloadDecoders {

    private static final Set<String> STANDARD_KEYS = Set.of("active", "price", "partialPrices", "tradeCount",
            "rugged", "tickCount", "cooldownTimer", "cooldownPaused", "pauseMessage", "allowPreRoundBuys",
            "averageMultiplier", "count2x", "count10x", "count50x", "count100x", "leaderboard", "gameId",
            "connectedPlayers", "rugpool", "rugRoyale", "provablyFair");
    private static final Set<String> TICK_ZERO_KEYS = Set.of("active", "price", "rugged", "tickCount",
            "cooldownTimer", "cooldownPaused", "pauseMessage", "allowPreRoundBuys", "leaderboard", "gameId",
            "connectedPlayers", "gameVersion", "partialPrices", "provablyFair");
    private static final Set<String> COOLDOWN_KEYS = Set.of("gameId", "cooldownTimer", "cooldownPaused",
            "allowPreRoundBuys", "leaderboard", "connectedPlayers", "provablyFair");

    private TreePayloadDecoders() {
    }

    static GameStateUpdate gameState(TreeFields p, Stamp stamp) {
        return new GameStateUpdate(stamp, shapeOf(p.node()), p.requiredString("gameId"), p.bool("active"),
                p.bool("rugged"), p.priceOrNull("price"), p.nonNegativeInteger("tickCount"),
                p.nonNegativeInteger("cooldownTimer"), p.bool("cooldownPaused"), p.bool("allowPreRoundBuys"),
                p.nonNegativeInteger("connectedPlayers"), p.nonNegativeInteger("tradeCount"),
                leaderboard(p), partialPrices(p.objectOrNull("partialPrices")), p.prices("prices"),
                gameHistory(p), provablyFair(p.objectOrNull("provablyFair")), p.string("gameVersion"),
                counts(p));
    }

    private static GameCounts counts(TreeFields p) {
        if (!p.node().has("count2x")) {
            return null;
        }
        return new GameCounts(p.nonNegativeInteger("count2x"), p.nonNegativeInteger("count10x"),
                p.nonNegativeInteger("count50x"), p.nonNegativeInteger("count100x"));
    }

    /** Tells the five real shapes apart by their key sets (protocol.md §2.1.1); drift becomes OTHER. */
    static GameStateShape shapeOf(JsonNode payload) {
        if (payload.has("prices")) {
            return GameStateShape.SNAPSHOT;
        }
        if (payload.has("gameHistory")) {
            return GameStateShape.EXTENDED;
        }
        Set<String> keys = new java.util.HashSet<>();
        payload.fieldNames().forEachRemaining(keys::add);
        if (keys.containsAll(STANDARD_KEYS)) {
            return GameStateShape.STANDARD;
        }
        if (keys.containsAll(TICK_ZERO_KEYS)) {
            return GameStateShape.TICK_ZERO;
        }
        if (keys.containsAll(COOLDOWN_KEYS) && !keys.contains("active") && !keys.contains("tickCount")) {
            return GameStateShape.COOLDOWN;
        }
        return GameStateShape.OTHER;
    }

    private static List<LeaderboardEntry> leaderboard(TreeFields p) {
        List<JsonNode> rows = p.array("leaderboard");
        List<LeaderboardEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            entries.add(leaderboardEntry(TreeFields.of(rows.get(i), p.name("leaderboard") + "[" + i + "]")));
        }
        return entries;
    }

    static LeaderboardEntry leaderboardEntry(TreeFields e) {
        return new LeaderboardEntry(e.string("id"), e.string("username"), e.integer("level"), e.decimal("pnl"),
                e.decimal("regularPnl"), e.decimal("sidebetPnl"), e.decimal("shortPnl"), e.decimal("pnlPercent"),
                e.bool("hasActiveTrades"), e.decimal("positionQty"), e.decimal("avgCost"),
                e.decimal("totalInvested"), e.integer("position"), e.bool("sidebetActive"),
                sideBetInfo(e.objectOrNull("sideBet")));
    }

    private static SideBetInfo sideBetInfo(TreeFields s) {
        if (s == null) {
            return null;
        }
        return new SideBetInfo(s.integer("startedAtTick"), s.string("gameId"), s.integer("end"),
                s.decimal("betAmount"), s.decimal("xPayout"), s.string("coinAddress"));
    }

    private static PartialPrices partialPrices(TreeFields pp) {
        if (pp == null) {
            return null;
        }
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        TreeFields valueFields = pp.objectOrNull("values");
        if (valueFields != null) {
            for (Map.Entry<String, JsonNode> entry : valueFields.node().properties()) {
                String what = valueFields.name(entry.getKey());
                int tick;
                try {
                    tick = Integer.parseInt(entry.getKey());
                } catch (NumberFormatException notATick) {
                    throw new RejectedPayload(what + ": key is not a tick number");
                }
                if (tick < 0) {
                    throw new RejectedPayload(what + ": negative tick");
                }
                values.put(tick, TreeFields.price(entry.getValue(), what));
            }
        }
        return new PartialPrices(pp.nonNegativeInteger("startTick"), pp.nonNegativeInteger("endTick"), values);
    }

    private static List<GameHistoryEntry> gameHistory(TreeFields p) {
        List<JsonNode> rows = p.array("gameHistory");
        List<GameHistoryEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TreeFields h = TreeFields.of(rows.get(i), p.name("gameHistory") + "[" + i + "]");
            TreeFields fair = h.objectOrNull("provablyFair");
            entries.add(new GameHistoryEntry(h.string("id"), h.longValue("timestamp"), h.prices("prices"),
                    h.decimalOrNull("peakMultiplier"), h.bool("rugged"),
                    fair == null ? null : fair.string("serverSeed"),
                    fair == null ? null : fair.string("serverSeedHash"), h.string("gameVersion")));
        }
        return entries;
    }

    private static ProvablyFair provablyFair(TreeFields f) {
        return f == null ? null : new ProvablyFair(f.string("serverSeedHash"), f.string("version"));
    }

    static PlayerUpdate playerUpdate(TreeFields p, Stamp stamp) {
        return new PlayerUpdate(stamp, p.string("id"), p.bool("authenticated"), p.nonNegativeDecimal("cash"),
                p.nonNegativeDecimal("positionQty"), p.nonNegativeDecimal("avgCost"), p.decimal("cumulativePnL"),
                p.decimal("totalInvested"), p.decimal("pnlPercent"), p.decimal("sidebetPnl"),
                sideBetInfo(p.objectOrNull("sideBet")));
    }

    static UsernameStatus usernameStatus(TreeFields p, Stamp stamp) {
        return new UsernameStatus(stamp, p.string("id"), p.bool("hasUsername"), p.string("username"));
    }

    static GameStatePlayerUpdate gameStatePlayerUpdate(TreeFields p, Stamp stamp) {
        TreeFields entry = p.objectOrNull("leaderboardEntry");
        return new GameStatePlayerUpdate(stamp, p.string("gameId"), entry == null ? null : leaderboardEntry(entry));
    }

    static NewTrade newTrade(TreeFields p, Stamp stamp) {
        return new NewTrade(stamp, p.string("id"), p.string("gameId"), p.string("playerId"), p.string("username"),
                p.integer("level"), p.string("type"), p.decimal("price"), p.nonNegativeInteger("tickIndex"),
                p.string("coin"), p.decimal("amount"), p.decimal("qty"), p.integer("leverage"));
    }

    static SidebetPlacement sidebetPlacement(TreeFields p) {
        return new SidebetPlacement(p.string("playerId"), p.string("gameId"), p.string("username"),
                p.integer("level"), p.decimal("price"), p.decimal("betAmount"), p.decimal("xPayout"),
                p.string("coinAddress"), p.nonNegativeInteger("startTick"), p.nonNegativeInteger("endTick"),
                p.nonNegativeInteger("tickIndex"), p.longValue("timestamp"), p.string("type"));
    }

    static CurrentSidebetResult sidebetResult(TreeFields p, Stamp stamp) {
        return new CurrentSidebetResult(stamp, p.string("playerId"), p.string("gameId"), p.decimal("betAmount"),
                p.decimal("payout"), p.decimal("profit"), p.decimal("xPayout"), p.nonNegativeInteger("startTick"),
                p.nonNegativeInteger("endTick"), p.nonNegativeInteger("tickIndex"), p.decimal("price"),
                p.string("type"));
    }

    /** An ACK's first argument (protocol.md §3.1); anything but {@code success:true} is a failure. */
    static OrderAck ack(TreeFields a) {
        if (a.bool("success")) {
            TreeFields sidebet = a.objectOrNull("sidebet");
            return new OrderAck(true, null, a.string("message"), sidebet == null ? null : sidebetPlacement(sidebet));
        }
        JsonNode error = a.node().get("error");
        String code = error == null || error.isNull() ? "UNKNOWN" : error.isTextual() ? error.textValue()
                : TreeFields.abbreviate(error.toString());
        return OrderAck.failed(code, a.string("message"));
    }
}
