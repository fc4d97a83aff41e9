package io.rugdesk.sim;

import io.rugdesk.exchange.Account;
import io.rugdesk.exchange.Sidebet;
import io.rugdesk.exchange.SidebetSettled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A player on the simulated server (the simulated player or a bot): identity and the exchange's account (cash,
 * lots, the open sidebet), and their wire views ({@code playerUpdate} of protocol.md §2.3, the leaderboard entry of
 * §2.1.3, the sidebet records of §4.7). Thread: the simulator's loop thread.
 */
final class SimPlayer {

    static final String SOL_ADDRESS = "So11111111111111111111111111111111111111112";

    private final String id;
    private final String username;
    private final int level;
    private final Account account;

    SimPlayer(String id, String username, int level, Account account) {
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

    Account account() {
        return account;
    }

    /** The open sidebet, or null. */
    Sidebet sidebet() {
        return account.sidebet();
    }

    /**
     * The {@code currentSidebetResult}/payout record of a settled sidebet: a win carries the rug tick, the rug
     * price and the level, a loss its start tick (protocol.md §4.7).
     */
    Map<String, Object> sidebetResult(SidebetSettled settled, double rugPrice, long now) {
        Sidebet bet = settled.bet();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("playerId", id);
        m.put("gameId", bet.gameId());
        m.put("username", username);
        m.put("betAmount", bet.stake());
        m.put("payout", settled.payout());
        m.put("profit", settled.profit());
        m.put("xPayout", 5);
        m.put("coinAddress", SOL_ADDRESS);
        m.put("endTick", bet.endTick());
        m.put("startTick", bet.startTick());
        m.put("tickIndex", settled.won() ? settled.tick() : bet.startTick());
        if (settled.won()) {
            m.put("level", level);
            m.put("price", rugPrice);
        }
        m.put("timestamp", now);
        m.put("type", "payout");
        return m;
    }

    /** The {@code placed} record (ACK {@code sidebet}, {@code currentSidebet}, {@code newSideBet}). */
    Map<String, Object> placedRecord() {
        Sidebet sidebet = account.sidebet();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("playerId", id);
        m.put("gameId", sidebet.gameId());
        m.put("username", username);
        m.put("level", level);
        m.put("price", sidebet.price());
        m.put("betAmount", sidebet.stake());
        m.put("xPayout", 5);
        m.put("coinAddress", SOL_ADDRESS);
        m.put("startTick", sidebet.startTick());
        m.put("endTick", sidebet.endTick());
        m.put("tickIndex", sidebet.startTick());
        m.put("timestamp", sidebet.placedAt());
        m.put("type", "placed");
        return m;
    }

    Map<String, Object> sideBetObject() {
        Sidebet sidebet = account.sidebet();
        if (sidebet == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startedAtTick", sidebet.startTick());
        m.put("gameId", sidebet.gameId());
        m.put("end", sidebet.endTick());
        m.put("betAmount", sidebet.stake());
        m.put("xPayout", 5);
        m.put("coinAddress", SOL_ADDRESS);
        m.put("bonusPortion", 0);
        m.put("realPortion", sidebet.stake());
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
        m.put("sidebetActive", account.hasOpenSidebet() ? Boolean.TRUE : null);
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
        m.put("sidebets", account.hasOpenSidebet() ? List.of(placedRecord()) : List.of());
        m.put("shortPosition", null);
        m.put("leveragedPositions", List.of());
        m.put("autobuysEnabled", false);
        m.put("autosellPrice", null);
        return m;
    }

    /** Holding a position or an open sidebet this game (gates {@code leaderboardEntry}). */
    boolean isInGame() {
        return account.isInGame();
    }
}
