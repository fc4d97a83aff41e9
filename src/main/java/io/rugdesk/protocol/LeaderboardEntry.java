package io.rugdesk.protocol;

import java.math.BigDecimal;

/**
 * One row of {@code leaderboard[]}, also {@code gameStatePlayerUpdate.leaderboardEntry} (protocol.md §2.1.3).
 * Missing numbers decode as zero, a missing {@code sideBet} as null.
 */
public record LeaderboardEntry(String id, String username, int level, BigDecimal pnl, BigDecimal regularPnl,
                               BigDecimal sidebetPnl, BigDecimal shortPnl, BigDecimal pnlPercent,
                               boolean hasActiveTrades, BigDecimal positionQty, BigDecimal avgCost,
                               BigDecimal totalInvested, int position, boolean sidebetActive,
                               SideBetInfo sideBet) { }
