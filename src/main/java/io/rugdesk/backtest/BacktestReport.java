package io.rugdesk.backtest;

import java.util.List;

/**
 * A finished backtest: its settings, sources, the games it kept in order (all of them, or the first few of a run
 * that streamed its games to the JSON and CSV writers), the {@link Summary} of every game and the chart
 * {@link GamePoints}. {@code stoppedBy} names the limit ({@code max-session-loss}, {@code stop-after-losses}) that
 * stopped new orders, or null. Thread: immutable once made (the points are not changed after the run).
 */
public record BacktestReport(BacktestSettings settings, List<SourceEntry> sources, List<GameResult> games,
                             String stoppedBy, Summary summary, GamePoints points) {

    public BacktestReport {
        sources = List.copyOf(sources);
        games = List.copyOf(games);
    }

    /** A report of all its games, kept: the summary and points are computed from them. */
    public BacktestReport(BacktestSettings settings, List<SourceEntry> sources, List<GameResult> games,
            String stoppedBy) {
        this(settings, sources, games, stoppedBy, Summary.of(games, settings.startBalance(), stoppedBy),
                pointsOf(games));
    }

    /** True when every game is in {@link #games()} (else the first ones; the JSON and CSV have them all). */
    public boolean allGamesKept() {
        return games.size() == summary.games();
    }

    private static GamePoints pointsOf(List<GameResult> games) {
        GamePoints points = new GamePoints();
        games.forEach(points::add);
        return points;
    }
}
