package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * The player's own leaderboard entry ({@code gameStatePlayerUpdate.leaderboardEntry}): shown, never verified,
 * because it lags the price by a tick (protocol.md §2.1.3). {@code rank} is the leaderboard position.
 */
public record PersonalLeaderboardUpdated(Stamp stamp, String gameId, int rank, BigDecimal pnl, BigDecimal pnlPercent,
                                         BigDecimal positionQty) implements AccountEvent { }
