package io.rugdesk.app.history;

import java.math.BigDecimal;
import java.util.List;

/**
 * One bot run read from its JSON report (the backtest's {@code --json} contract, written by {@code bot --json}):
 * paper trading, shown beside the recorded games but never mixed into the player's own figures.
 * Thread: immutable.
 *
 * @param file         the report's file name
 * @param strategy     the strategy the bot ran
 * @param source       where its prices came from (the report's {@code sources[0].source}; empty when none)
 * @param writtenAt    the report file's last-modified time (epoch ms): the contract holds no clock time
 * @param stoppedBy    why the run ended (the summary's {@code stoppedBy}; null when it ran out of games)
 */
public record PaperRun(String file, String strategy, String source, long writtenAt, List<Game> games,
                       int gamesTraded, int fills, BigDecimal netPnl, BigDecimal winRate, String stoppedBy) {

    public PaperRun {
        games = List.copyOf(games);
    }

    /** One game of the run as the report lists it. */
    public record Game(String gameId, int rugTick, int fills, int sidebets, int sidebetsWon, BigDecimal pnl,
                       BigDecimal endBalance) { }
}
