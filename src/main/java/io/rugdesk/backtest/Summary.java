package io.rugdesk.backtest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a backtest, computed once from the games in order (so they never depend on threads). Money is
 * exact; ratios are rounded to 6 decimals. A game is traded when a buy or sidebet of it was accepted; win rate,
 * profit factor, expectancy and the losing streak count traded games only. A start balance of 0 (a history of
 * recordings, whose balance is its running P&amp;L) has no return percentage. Expectancy is the mean P&amp;L per
 * traded game with a 95 % confidence interval (mean ± 1.96 × standard deviation ÷ √n, n ≥ 2): an interval that
 * holds 0 says the result may well be luck. Drawdown is measured on the balance after each game.
 */
public record Summary(int games, int gamesTraded, int gamesFailed, int fills, int sidebets, int sidebetsWon,
                      int sidebetsLost, BigDecimal netPnl, BigDecimal startBalance, BigDecimal endBalance,
                      BigDecimal returnPct, BigDecimal winRate, BigDecimal profitFactor, BigDecimal expectancy,
                      BigDecimal expectancyLow95, BigDecimal expectancyHigh95, BigDecimal maxDrawdown,
                      BigDecimal maxDrawdownPct, int longestLosingStreak, GameResult bestGame, GameResult worstGame,
                      BigDecimal avgTicksHeld, int refused, Map<String, Integer> refusedByReason, int lateTicks,
                      int joinedMidGame, BigDecimal sidebetWinRate, BigDecimal sidebetTheoreticalWinRate,
                      String stoppedBy) {

    /** P(rug within a 40-tick window) = 1 − 0.995^40 (protocol.md §4.3, §4.7). */
    public static final BigDecimal SIDEBET_WIN_PROBABILITY = BigDecimal.ONE
            .subtract(new BigDecimal("0.995").pow(40)).setScale(6, RoundingMode.HALF_EVEN);

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal Z95 = new BigDecimal("1.96");

    /** The figures of {@code results} in order (one pass of {@link Tally}). */
    public static Summary of(List<GameResult> results, BigDecimal startBalance, String stoppedBy) {
        Tally tally = new Tally(startBalance);
        results.forEach(tally::add);
        return tally.summary(stoppedBy);
    }

    /**
     * The figures computed online, game after game in order, so a run of any length keeps no game in memory: sums,
     * counts, the running peak of the balance, the best and worst game (a slim copy) and, for the expectancy's
     * confidence interval, the exact sums Σx and Σx² of the traded games' P&amp;L (Welford's one pass; with exact
     * decimals the sums lose nothing, so the variance {@code (nΣx² − (Σx)²) ÷ (n(n−1))} is exact before its one
     * rounding). Thread: its owner's.
     */
    public static final class Tally {
        private final BigDecimal startBalance;
        private int games;
        private int traded;
        private int failed;
        private int fills;
        private int sidebets;
        private int won;
        private int lost;
        private int wins;
        private int late;
        private int joined;
        private int streak;
        private int longest;
        private int held;
        private long ticksHeld;
        private BigDecimal net = BigDecimal.ZERO;
        private BigDecimal grossWin = BigDecimal.ZERO;
        private BigDecimal grossLoss = BigDecimal.ZERO;
        private BigDecimal tradedSum = BigDecimal.ZERO;
        private BigDecimal tradedSquares = BigDecimal.ZERO;
        private BigDecimal peak;
        private BigDecimal maxDrawdown = BigDecimal.ZERO;
        private BigDecimal maxDrawdownPct = BigDecimal.ZERO;
        private GameResult best;
        private GameResult worst;
        private final Map<String, Integer> refused = new TreeMap<>();

        public Tally(BigDecimal startBalance) {
            this.startBalance = startBalance;
            this.peak = startBalance;
        }

        /** The next game, in order. */
        public void add(GameResult r) {
            BigDecimal pnl = r.pnl();
            games++;
            net = net.add(pnl);
            fills += r.fills();
            sidebets += r.sidebets();
            won += r.sidebetsWon();
            lost += r.sidebetsLost();
            late += r.lateTicks();
            joined += r.joinedMidGame() ? 1 : 0;
            failed += r.failed() != null ? 1 : 0;
            r.refusedByReason().forEach((reason, count) -> refused.merge(reason, count, Integer::sum));
            if (r.traded()) {
                traded++;
                tradedSum = tradedSum.add(pnl);
                tradedSquares = tradedSquares.add(pnl.multiply(pnl));
                if (pnl.signum() > 0) {
                    wins++;
                    grossWin = grossWin.add(pnl);
                    streak = 0;
                } else if (pnl.signum() < 0) {
                    grossLoss = grossLoss.add(pnl.negate());
                    longest = Math.max(longest, ++streak);
                }
                best = best == null || pnl.compareTo(best.pnl()) > 0 ? slim(r) : best;
                worst = worst == null || pnl.compareTo(worst.pnl()) < 0 ? slim(r) : worst;
            }
            if (r.fills() > 0) {   // a fill means a position was held, if only within one tick
                held++;
                ticksHeld += r.ticksHeld();
            }
            BigDecimal balance = r.endBalance();
            peak = peak.max(balance);
            BigDecimal drawdown = peak.subtract(balance);
            maxDrawdown = maxDrawdown.max(drawdown);
            if (peak.signum() > 0) {
                maxDrawdownPct = maxDrawdownPct.max(ratio(drawdown.multiply(HUNDRED), peak));
            }
        }

        /** Games added so far. */
        public int games() {
            return games;
        }

        public Summary summary(String stoppedBy) {
            BigDecimal expectancy = null;
            BigDecimal low = null;
            BigDecimal high = null;
            if (traded > 0) {
                BigDecimal n = BigDecimal.valueOf(traded);
                BigDecimal mean = tradedSum.divide(n, MC);
                expectancy = mean.setScale(9, RoundingMode.HALF_EVEN);
                if (traded > 1) {
                    BigDecimal spread = n.multiply(tradedSquares).subtract(tradedSum.multiply(tradedSum));
                    BigDecimal variance = spread.divide(n.multiply(BigDecimal.valueOf(traded - 1L)), MC);
                    BigDecimal sd = variance.max(BigDecimal.ZERO).sqrt(MC);
                    BigDecimal margin = Z95.multiply(sd).divide(n.sqrt(MC), MC);
                    low = mean.subtract(margin).setScale(9, RoundingMode.HALF_EVEN);
                    high = mean.add(margin).setScale(9, RoundingMode.HALF_EVEN);
                }
            }
            int refusedTotal = refused.values().stream().mapToInt(Integer::intValue).sum();
            return new Summary(games, traded, failed, fills, sidebets, won, lost, net, startBalance,
                    startBalance.add(net),
                    startBalance.signum() == 0 ? null : ratio(net.multiply(HUNDRED), startBalance),
                    traded == 0 ? null : ratio(BigDecimal.valueOf(wins), BigDecimal.valueOf(traded)),
                    grossLoss.signum() == 0 ? null : ratio(grossWin, grossLoss), expectancy, low, high, maxDrawdown,
                    maxDrawdownPct, longest, best, worst,
                    held == 0 ? null : ratio(BigDecimal.valueOf(ticksHeld), BigDecimal.valueOf(held)), refusedTotal,
                    new TreeMap<>(refused), late, joined,
                    won + lost == 0 ? null : ratio(BigDecimal.valueOf(won), BigDecimal.valueOf(won + lost)),
                    SIDEBET_WIN_PROBABILITY, stoppedBy);
        }

        private static GameResult slim(GameResult r) {
            return r.fillRows().isEmpty() ? r : r.withoutFillRows();
        }
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 6, RoundingMode.HALF_EVEN);
    }
}
