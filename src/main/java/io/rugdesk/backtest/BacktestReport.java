package io.rugdesk.backtest;

import java.util.List;

/**
 * A finished backtest: its settings, sources, every game's result in order and the {@link Summary}.
 * {@code stoppedBy} names the limit ({@code max-session-loss}, {@code stop-after-losses}) that stopped new orders,
 * or null. Thread: immutable.
 */
public record BacktestReport(BacktestSettings settings, List<SourceEntry> sources, List<GameResult> games,
                             String stoppedBy, Summary summary) {

    public BacktestReport(BacktestSettings settings, List<SourceEntry> sources, List<GameResult> games,
            String stoppedBy) {
        this(settings, List.copyOf(sources), List.copyOf(games), stoppedBy,
                Summary.of(games, settings.startBalance(), stoppedBy));
    }
}
