package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code gameStateUpdate} in any of its five shapes (protocol.md §2.1). Defaults for missing keys:
 * booleans false, {@code tickCount}/{@code cooldownTimer}/{@code connectedPlayers}/{@code tradeCount} 0,
 * lists empty, {@code price}/{@code partialPrices}/{@code provablyFair}/{@code gameVersion} null.
 * {@code gameId} is never null (a frame without it is rejected). {@code counts} is null where the payload has none.
 */
public record GameStateUpdate(Stamp stamp, GameStateShape shape, String gameId, boolean active, boolean rugged,
                              BigDecimal price, int tickCount, int cooldownTimer, boolean cooldownPaused,
                              boolean allowPreRoundBuys, int connectedPlayers, int tradeCount,
                              List<LeaderboardEntry> leaderboard, PartialPrices partialPrices,
                              List<BigDecimal> prices, List<GameHistoryEntry> gameHistory,
                              ProvablyFair provablyFair, String gameVersion, GameCounts counts)
        implements FeedEvent {

    public static final String EVENT = "gameStateUpdate";

    public GameStateUpdate {
        leaderboard = List.copyOf(leaderboard);
        prices = List.copyOf(prices);
        gameHistory = List.copyOf(gameHistory);
    }

    /** Without the rolling counts. */
    public GameStateUpdate(Stamp stamp, GameStateShape shape, String gameId, boolean active, boolean rugged,
                           BigDecimal price, int tickCount, int cooldownTimer, boolean cooldownPaused,
                           boolean allowPreRoundBuys, int connectedPlayers, int tradeCount,
                           List<LeaderboardEntry> leaderboard, PartialPrices partialPrices, List<BigDecimal> prices,
                           List<GameHistoryEntry> gameHistory, ProvablyFair provablyFair, String gameVersion) {
        this(stamp, shape, gameId, active, rugged, price, tickCount, cooldownTimer, cooldownPaused, allowPreRoundBuys,
                connectedPlayers, tradeCount, leaderboard, partialPrices, prices, gameHistory, provablyFair,
                gameVersion, null);
    }

    @Override
    public String eventName() {
        return EVENT;
    }

    /** The announced {@code serverSeedHash}, or null. */
    public String serverSeedHash() {
        return provablyFair == null ? null : provablyFair.serverSeedHash();
    }
}
