package io.rugdesk.protocol;

import java.math.BigDecimal;

/**
 * A placed sidebet as {@code newSideBet}, {@code currentSidebet} and the sidebet ACK carry it (§2.7, §2.8).
 */
public record SidebetPlacement(String playerId, String gameId, String username, int level, BigDecimal price,
                               BigDecimal betAmount, BigDecimal xPayout, String coinAddress, int startTick,
                               int endTick, int tickIndex, long timestamp, String type) { }
