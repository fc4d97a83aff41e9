package io.rugdesk.backtest;

import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog.ConfiguredStrategy;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How to run a backtest: the strategy with its checked parameters, the start balance (carried from game to game),
 * the fill latency in ticks, the risk limits, the seed of the strategy's {@link java.util.Random}, and whether to
 * keep every fill (for CSV and HTML; off keeps memory small for millions of games).
 */
public record BacktestSettings(ConfiguredStrategy strategy, BigDecimal startBalance, int latencyTicks,
                               RiskLimits limits, long seed, boolean keepFills) {

    public BacktestSettings {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(limits, "limits");
        if (startBalance == null || startBalance.signum() <= 0) {
            throw new IllegalArgumentException("balance must be a positive amount of SOL, was " + startBalance);
        }
        if (latencyTicks < 0) {
            throw new IllegalArgumentException("latency-ticks must be 0 or more, was " + latencyTicks);
        }
    }

    /**
     * True when games can run in parallel: the strategy declares its games independent and no limit ties the
     * games of the session together. The choice never depends on the number of threads, so neither do results.
     */
    public boolean parallelizable() {
        return strategy.factory().gamesIndependent() && !limits.sessionLevel();
    }
}
