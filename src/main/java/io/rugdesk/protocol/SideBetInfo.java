package io.rugdesk.protocol;

import java.math.BigDecimal;

/** An open sidebet as leaderboard entries and {@code playerUpdate} show it (protocol.md §2.1.3). */
public record SideBetInfo(int startedAtTick, String gameId, int end, BigDecimal betAmount, BigDecimal xPayout,
                          String coinAddress) { }
