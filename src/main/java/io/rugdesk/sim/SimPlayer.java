package io.rugdesk.sim;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A player on the simulated server (the demo account or a bot): identity, account and the open sidebet, and
 * their wire views ({@code playerUpdate} of protocol.md §2.3, the leaderboard entry of §2.1.3).
 * Thread: the simulator's loop thread.
 */
final class SimPlayer {

    static final String SOL_ADDRESS = "So11111111111111111111111111111111111111112";

    /** An open sidebet: window {@code startTick…end} inclusive. */
    record Sidebet(String gameId, int startTick, int end, BigDecimal betAmount, double price, long timestamp) {
    }

    private final String id;
    private final String username;
    private final int level;
    private final SimAccount account;
    private Sidebet sidebet;

    SimPlayer(String id, String username, int level, SimAccount account) {
        this.id = id;
        this.username = username;
        this.level = level;
        this.account = account;
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    int level() {
        return level;
    }

    SimAccount account() {
        return account;
    }

    Sidebet sidebet() {
        return sidebet;
    }

    void openSidebet(Sidebet placed) {
        account.placeSidebet(placed.betAmount());
        sidebet = placed;
    }

    /** Settles the open sidebet and returns the {@code currentSidebetResult}/payout record. */
    Map<String, Object> settleSidebet(boolean won, int tickIndex, double price, long now) {
        Sidebet bet = sidebet;
        sidebet = null;
        BigDecimal payout = account.settleSidebet(won);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("playerId", id);
        m.put("gameId", bet.gameId());
        m.put("username", username);
        m.put("betAmount", bet.betAmount());
        m.put("payout", payout);
        m.put("profit", payout.subtract(bet.betAmount()));
        m.put("xPayout", 5);
        m.put("coinAddress", SOL_ADDRESS);
        m.put("endTick", bet.end());
        m.put("startTick", bet.startTick());
        m.put("tickIndex", won ? tickIndex : bet.startTick());
        if (won) {
            m.put("level", level);
            m.put("price", price);
        }
        m.put("timestamp", now);
        m.put("type", "payout");
        return m;
    }

    /** The {@code placed} record (ACK {@code sidebet}, {@code currentSidebet}, {@code newSideBet}). */
    Map<String, Object> placedRecord() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("playerId", id);
        m.put("gameId", sidebet.gameId());
        m.put("username", username);
        m.put("level", level);
        m.put("price", sidebet.price());
        m.put("betAmount", sidebet.betAmount());
        m.put("xPayout", 5);
        m.put("coinAddress", SOL_ADDRESS);
        m.put("startTick", sidebet.startTick());
        m.put("endTick", sidebet.end());
        m.put("tickIndex", sidebet.startTick());
        m.put("timestamp", sidebet.timestamp());
        m.put("type", "placed");
        return m;
    }

    Map<String, Object> sideBetObject() {
        if (sidebet == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startedAtTick", sidebet.startTick());
        m.put("gameId", sidebet.gameId());
        m.put("end", sidebet.end());
        m.put("betAmount", sidebet.betAmount());
        m.put("xPayout", 5);
        m.put("coinAddress", SOL_ADDRESS);
        m.put("bonusPortion", 0);
        m.put("realPortion", sidebet.betAmount());
        return m;
    }

    Map<String, Object> leaderboardEntry(int position) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("username", username);
        m.put("level", level);
        m.put("pnl", account.pnl());
        m.put("regularPnl", account.regularPnl());
        m.put("sidebetPnl", account.sidebetPnl());
        m.put("shortPnl", 0);
        m.put("sidebetActive", sidebet == null ? null : Boolean.TRUE);
        m.put("sideBet", sideBetObject());
        m.put("shortPosition", null);
        m.put("pnlPercent", account.pnlPercent());
        m.put("hasActiveTrades", account.tradedThisGame());
        m.put("positionQty", account.positionQty());
        m.put("avgCost", account.avgCost());
        m.put("totalInvested", account.totalInvested());
        m.put("selectedCoin", null);
        m.put("position", position);
        return m;
    }

    Map<String, Object> playerUpdate() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("role", null);
        m.put("cash", account.cash());
        m.put("bonusBalance", 0);
        m.put("bonusWagerReq", 0);
        m.put("bonusWagered", 0);
        m.put("positionQty", account.positionQty());
        m.put("avgCost", account.avgCost());
        m.put("cumulativePnL", account.pnl());
        m.put("sidebetPnl", account.sidebetPnl());
        m.put("pnlPercent", account.pnlPercent());
        m.put("totalInvested", account.totalInvested());
        m.put("hasInteracted", account.tradedThisGame());
        m.put("selectedCoin", null);
        m.put("levelInfo", Map.of("level", level, "xp", 549, "xpForNextLevel", 1500, "totalXP", 4049));
        m.put("crateKeys", Map.of("gold", 0, "diamond", 0, "coal", 0, "iron", 0, "tier0", 1));
        m.put("recentCrateRewards", List.of());
        m.put("shitcoinBalances", Map.of("0xPractice", 100));
        m.put("authenticated", true);
        m.put("hitMaxWin", false);
        m.put("xpBoost", Map.of("active", false, "activeUntil", 0, "available", 0));
        m.put("sideBet", sideBetObject());
        m.put("sidebets", sidebet == null ? List.of() : List.of(placedRecord()));
        m.put("shortPosition", null);
        m.put("leveragedPositions", List.of());
        m.put("autobuysEnabled", false);
        m.put("autosellPrice", null);
        return m;
    }

    /** Holding a position or an open sidebet this game (gates {@code leaderboardEntry}). */
    boolean isInGame() {
        return account.positionQty().signum() > 0 || sidebet != null;
    }
}
