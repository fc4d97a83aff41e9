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

    public static Summary of(List<GameResult> results, BigDecimal startBalance, String stoppedBy) {
        int traded = 0;
        int failed = 0;
        int fills = 0;
        int sidebets = 0;
        int won = 0;
        int lost = 0;
        int wins = 0;
        int late = 0;
        int joined = 0;
        int streak = 0;
        int longest = 0;
        int held = 0;
        long ticksHeld = 0;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal grossWin = BigDecimal.ZERO;
        BigDecimal grossLoss = BigDecimal.ZERO;
        BigDecimal balance = startBalance;
        BigDecimal peak = startBalance;
        BigDecimal maxDrawdown = BigDecimal.ZERO;
        BigDecimal maxDrawdownPct = BigDecimal.ZERO;
        GameResult best = null;
        GameResult worst = null;
        Map<String, Integer> refused = new TreeMap<>();
        for (GameResult r : results) {
            BigDecimal pnl = r.pnl();
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
                if (pnl.signum() > 0) {
                    wins++;
                    grossWin = grossWin.add(pnl);
                    streak = 0;
                } else if (pnl.signum() < 0) {
                    grossLoss = grossLoss.add(pnl.negate());
                    longest = Math.max(longest, ++streak);
                }
                best = best == null || pnl.compareTo(best.pnl()) > 0 ? r : best;
                worst = worst == null || pnl.compareTo(worst.pnl()) < 0 ? r : worst;
            }
            if (r.fills() > 0) {   // a fill means a position was held, if only within one tick
                held++;
                ticksHeld += r.ticksHeld();
            }
            balance = r.endBalance();
            peak = peak.max(balance);
            BigDecimal drawdown = peak.subtract(balance);
            maxDrawdown = maxDrawdown.max(drawdown);
            if (peak.signum() > 0) {
                maxDrawdownPct = maxDrawdownPct.max(ratio(drawdown.multiply(HUNDRED), peak));
            }
        }
        BigDecimal expectancy = null;
        BigDecimal low = null;
        BigDecimal high = null;
        if (traded > 0) {
            BigDecimal n = BigDecimal.valueOf(traded);
            BigDecimal tradedSum = BigDecimal.ZERO;
            for (GameResult r : results) {
                tradedSum = r.traded() ? tradedSum.add(r.pnl()) : tradedSum;
            }
            BigDecimal mean = tradedSum.divide(n, MC);
            expectancy = mean.setScale(9, RoundingMode.HALF_EVEN);
            if (traded > 1) {
                BigDecimal squares = BigDecimal.ZERO;
                for (GameResult r : results) {
                    if (r.traded()) {
                        BigDecimal d = r.pnl().subtract(mean);
                        squares = squares.add(d.multiply(d));
                    }
                }
                BigDecimal sd = squares.divide(BigDecimal.valueOf(traded - 1L), MC).sqrt(MC);
                BigDecimal margin = Z95.multiply(sd).divide(n.sqrt(MC), MC);
                low = mean.subtract(margin).setScale(9, RoundingMode.HALF_EVEN);
                high = mean.add(margin).setScale(9, RoundingMode.HALF_EVEN);
            }
        }
        int refusedTotal = refused.values().stream().mapToInt(Integer::intValue).sum();
        return new Summary(results.size(), traded, failed, fills, sidebets, won, lost, net, startBalance,
                startBalance.add(net),
                startBalance.signum() == 0 ? null : ratio(net.multiply(HUNDRED), startBalance),
                traded == 0 ? null : ratio(BigDecimal.valueOf(wins), BigDecimal.valueOf(traded)),
                grossLoss.signum() == 0 ? null : ratio(grossWin, grossLoss), expectancy, low, high, maxDrawdown,
                maxDrawdownPct, longest, best, worst,
                held == 0 ? null : ratio(BigDecimal.valueOf(ticksHeld), BigDecimal.valueOf(held)), refusedTotal,
                refused, late, joined,
                won + lost == 0 ? null : ratio(BigDecimal.valueOf(won), BigDecimal.valueOf(won + lost)),
                SIDEBET_WIN_PROBABILITY, stoppedBy);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 6, RoundingMode.HALF_EVEN);
    }
}
