package io.rugdesk.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code gameStateUpdate} payloads in the exact key sets of protocol.md §2.1.1: cooldown minimal (7),
 * tick-0 (14), standard (21), extended (36, with {@code partialPrices}) and the connect snapshot (36, with the
 * top-level {@code prices} instead). Thread: the simulator's loop thread (stateless itself).
 */
final class GameMessages {

    /** What one message describes. {@code pricesSoFar} holds the prices of ticks 0…tick. */
    record View(SimGame game, int tick, double price, boolean active, boolean rugged, int cooldownTimer,
            boolean allowPreRoundBuys, List<Map<String, Object>> leaderboard, int connectedPlayers,
            int tradeCount, List<Map<String, Object>> history, List<Double> pricesSoFar) {
    }

    static final List<String> COOLDOWN_KEYS = List.of("gameId", "cooldownTimer", "cooldownPaused",
            "allowPreRoundBuys", "leaderboard", "connectedPlayers", "provablyFair");

    private GameMessages() {
    }

    static Map<String, Object> cooldown(View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gameId", v.game().gameId());
        m.put("cooldownTimer", v.cooldownTimer());
        m.put("cooldownPaused", false);
        m.put("allowPreRoundBuys", v.allowPreRoundBuys());
        m.put("leaderboard", v.leaderboard());
        m.put("connectedPlayers", v.connectedPlayers());
        m.put("provablyFair", provablyFair(v.game()));
        return m;
    }

    static Map<String, Object> tickZero(View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        putCore(m, v);
        m.put("leaderboard", v.leaderboard());
        m.put("gameId", v.game().gameId());
        m.put("connectedPlayers", v.connectedPlayers());
        m.put("gameVersion", "v3");
        m.put("partialPrices", partialPrices(v));
        m.put("provablyFair", provablyFair(v.game()));
        return m;
    }

    static Map<String, Object> standard(View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("active", v.active());
        m.put("price", v.price());
        m.put("partialPrices", partialPrices(v));
        m.put("tradeCount", v.tradeCount());
        m.put("rugged", v.rugged());
        m.put("tickCount", v.tick());
        m.put("cooldownTimer", v.cooldownTimer());
        m.put("cooldownPaused", false);
        m.put("pauseMessage", "");
        m.put("allowPreRoundBuys", v.allowPreRoundBuys());
        putStats(m);
        m.put("leaderboard", v.leaderboard());
        m.put("gameId", v.game().gameId());
        m.put("connectedPlayers", v.connectedPlayers());
        m.put("rugpool", Map.of("instarugCount", 1, "threshold", 10, "rugpoolAmount", 0.7011900015));
        m.put("rugRoyale", rugRoyale());
        m.put("provablyFair", provablyFair(v.game()));
        return m;
    }

    /** Extended message; with {@code snapshot} the connect variant carrying the top-level {@code prices}. */
    static Map<String, Object> extended(View v, boolean snapshot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gameHistory", v.history());
        putStats(m);
        m.put("highestToday", 11450.163412295187);
        m.put("highestTodayTimestamp", 1765548981453L);
        m.put("highestTodayPrices", List.of());
        for (String tier : List.of("2x", "10x", "50x")) {
            m.put("godCandle" + tier, null);
            m.put("godCandle" + tier + "Timestamp", null);
            m.put("godCandle" + tier + "Prices", null);
            m.put("godCandle" + tier + "MassiveJump", null);
        }
        m.put("availableShitcoins", List.of(Map.of("address", "0xPractice", "ticker", "FREE",
                "name", "Practice SOL", "max_bet", 10000, "max_win", 100000)));
        putCore(m, v);
        m.put("leaderboard", v.leaderboard());
        m.put("gameId", v.game().gameId());
        m.put("connectedPlayers", v.connectedPlayers());
        m.put("gameVersion", "v3");
        if (snapshot) {
            m.put("prices", v.pricesSoFar());
        } else {
            m.put("partialPrices", partialPrices(v));
        }
        m.put("provablyFair", provablyFair(v.game()));
        return m;
    }

    /** A finished game as {@code gameHistory[]} reveals it: with its seed and the rug price appended. */
    static Map<String, Object> historyEntry(SimGame game, long endedAtMillis, List<Map<String, Object>> sidebets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", game.gameId());
        m.put("timestamp", endedAtMillis);
        m.put("prices", game.pricesWithRug());
        m.put("peakMultiplier", game.peakMultiplier());
        m.put("rugged", true);
        m.put("globalTrades", List.of());
        m.put("globalSidebets", sidebets);
        m.put("provablyFair", Map.of("serverSeed", game.serverSeed(), "serverSeedHash", game.serverSeedHash()));
        m.put("gameVersion", "v3");
        return m;
    }

    private static void putCore(Map<String, Object> m, View v) {
        m.put("active", v.active());
        m.put("price", v.price());
        m.put("rugged", v.rugged());
        m.put("tickCount", v.tick());
        m.put("cooldownTimer", v.cooldownTimer());
        m.put("cooldownPaused", false);
        m.put("pauseMessage", "");
        m.put("allowPreRoundBuys", v.allowPreRoundBuys());
    }

    private static void putStats(Map<String, Object> m) {
        m.put("averageMultiplier", 4.703545228606745);
        m.put("count2x", 47);
        m.put("count10x", 7);
        m.put("count50x", 1);
        m.put("count100x", 1);
    }

    /** The sliding window of the last ≤ 5 ticks ending at the message's tick (capped at the rug tick). */
    static Map<String, Object> partialPrices(View v) {
        List<Double> prices = v.pricesSoFar();
        int end = Math.min(v.tick(), prices.size() - 1);
        int start = Math.max(0, end - 4);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int t = start; t <= end; t++) {
            values.put(Integer.toString(t), prices.get(t));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startTick", start);
        m.put("endTick", end);
        m.put("values", values);
        return m;
    }

    static Map<String, Object> provablyFair(SimGame game) {
        return Map.of("serverSeedHash", game.serverSeedHash(), "version", "v3");
    }

    static Map<String, Object> rugRoyale() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "INACTIVE");
        m.put("activeEventId", null);
        m.put("currentEvent", null);
        m.put("upcomingEvents", List.of());
        m.put("events", List.of());
        return m;
    }

    /** Event-system stubs sent after the connect snapshot (protocol.md §1.6), all inactive. */
    static Map<String, Map<String, Object>> eventStubs() {
        Map<String, Map<String, Object>> stubs = new LinkedHashMap<>();
        Map<String, Object> golden = new LinkedHashMap<>(rugRoyale());
        golden.put("currentGameIsGolden", false);
        stubs.put("goldenHourUpdate", golden);
        Map<String, Object> battle = new LinkedHashMap<>();
        battle.put("status", "INACTIVE");
        for (String key : Arrays.asList("startTime", "endTime", "nextEventStartTime", "currentEvent", "nextEvent",
                "playerPosition")) {
            battle.put(key, null);
        }
        battle.put("leaderboard", List.of());
        battle.put("participantCount", 0);
        stubs.put("battleEventUpdate", battle);
        Map<String, Object> royale = new LinkedHashMap<>(rugRoyale());
        royale.put("leaderboard", new ArrayList<>());
        stubs.put("rugRoyaleUpdate", royale);
        stubs.put("sidebetEventUpdate", new LinkedHashMap<>(rugRoyale()));
        Map<String, Object> maintenance = new LinkedHashMap<>();
        maintenance.put("active", false);
        maintenance.put("message", "");
        maintenance.put("mega", false);
        stubs.put("maintenanceUpdate", maintenance);
        return stubs;
    }
}
