package io.rugdesk.app.history;

import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.Summary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every recording of the folder as the player lived it: the games in time order as the backtest's
 * {@link GameResult}s (so the {@link Summary}, the CSV and the report's charts are the backtest's own), the P&amp;L
 * per session and per UTC day, and the rug ticks against the price model's law. Balances start at 0: the equity
 * curve is the running P&amp;L. A session is a run of games each starting at most {@link #SESSION_GAP_MS} after the
 * previous one ended. The bot's paper runs ({@link PaperRun}, from its JSON reports) are listed apart in
 * {@code paper}: they are not the player's money and stay out of every figure above. Thread: immutable.
 */
public record History(List<GameResult> games, List<Long> startMillis, Summary summary, List<Period> sessions,
                      List<Period> days, List<String> skipped, List<PaperRun> paper) {

    /** A gap longer than this between two recordings starts a new session. */
    public static final long SESSION_GAP_MS = 10 * 60 * 1000L;

    /** P(rug at step k) = 0.995^k × 0.005 (protocol.md §4.3). */
    private static final BigDecimal SURVIVE = new BigDecimal("0.995");

    /** Games, traded games and P&amp;L of one session or day, named by its first game's start (UTC). */
    public record Period(String label, int games, int gamesTraded, BigDecimal pnl) { }

    public History {
        games = List.copyOf(games);
        startMillis = List.copyOf(startMillis);
        sessions = List.copyOf(sessions);
        days = List.copyOf(days);
        skipped = List.copyOf(skipped);
        paper = List.copyOf(paper);
    }

    /** Builds the figures of {@code games} (index order) that started at {@code startMillis}, and their ends. */
    static History of(List<GameResult> games, List<Long> startMillis, List<Long> endMillis, List<String> skipped,
                      List<PaperRun> paper) {
        List<Period> sessions = new ArrayList<>();
        Map<String, Period> days = new LinkedHashMap<>();
        String sessionLabel = null;
        int sessionGames = 0;
        int sessionTraded = 0;
        BigDecimal sessionPnl = BigDecimal.ZERO;
        for (int i = 0; i < games.size(); i++) {
            GameResult g = games.get(i);
            long start = startMillis.get(i);
            if (sessionLabel == null || start - endMillis.get(i - 1) > SESSION_GAP_MS) {
                if (sessionLabel != null) {
                    sessions.add(new Period(sessionLabel, sessionGames, sessionTraded, sessionPnl));
                }
                sessionLabel = Instant.ofEpochMilli(start).toString();
                sessionGames = 0;
                sessionTraded = 0;
                sessionPnl = BigDecimal.ZERO;
            }
            sessionGames++;
            sessionTraded += g.traded() ? 1 : 0;
            sessionPnl = sessionPnl.add(g.pnl());
            String day = LocalDate.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.UTC).toString();
            days.merge(day, new Period(day, 1, g.traded() ? 1 : 0, g.pnl()), (a, b) ->
                    new Period(day, a.games() + 1, a.gamesTraded() + b.gamesTraded(), a.pnl().add(b.pnl())));
        }
        if (sessionLabel != null) {
            sessions.add(new Period(sessionLabel, sessionGames, sessionTraded, sessionPnl));
        }
        return new History(games, startMillis, Summary.of(games, BigDecimal.ZERO, null), sessions,
                new ArrayList<>(days.values()), skipped, paper);
    }

    /** How many games rugged at a tick in [from, from + width), for every bin up to the highest rug tick. */
    public int[] rugTickCounts(int width) {
        int max = games.stream().mapToInt(GameResult::rugTick).max().orElse(-1);
        int[] counts = new int[max < 0 ? 0 : max / width + 1];
        for (GameResult g : games) {
            if (g.rugTick() >= 0) {
                counts[g.rugTick() / width]++;
            }
        }
        return counts;
    }

    /** Games with a known rug tick. */
    public int ruggedGames() {
        return (int) games.stream().filter(g -> g.rugTick() >= 0).count();
    }

    /**
     * The count the price model predicts in [from, from + width) out of {@code n} rugged games:
     * n × Σ 0.995^k × 0.005 = n × (0.995^from − 0.995^(from + width)).
     */
    public static BigDecimal expectedRugs(int n, int from, int width) {
        return BigDecimal.valueOf(n).multiply(SURVIVE.pow(from, MathContext.DECIMAL64)
                .subtract(SURVIVE.pow(from + width, MathContext.DECIMAL64)), MathContext.DECIMAL64);
    }
}
