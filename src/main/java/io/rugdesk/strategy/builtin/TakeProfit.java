package io.rugdesk.strategy.builtin;

import io.rugdesk.strategy.GameStart;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.ParameterSpec;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.StrategyFactory;
import io.rugdesk.strategy.StrategyParameters;
import io.rugdesk.strategy.TickView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * {@code take-profit}: buys {@code amount} SOL at the first tick ≥ {@code buyTick}; once the position is seen,
 * its entry is the average cost the exchange reports; sells 100 % when the price reaches entry × {@code target},
 * falls to entry × {@code stop}, or {@code maxHold} ticks after the buy was decided, whichever comes first.
 */
public final class TakeProfit implements StrategyFactory {

    @Override
    public String name() {
        return "take-profit";
    }

    @Override
    public String description() {
        return "Buy at a tick; sell all at a profit target, a stop, or after a maximum hold.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.tick("buyTick", "0", "buy at the first tick at or after this one"),
                ParameterSpec.sol("amount", "0.1", "SOL to buy"),
                ParameterSpec.ratio("target", "1.5", "sell when the price is at least entry × target (> 1)"),
                ParameterSpec.ratio("stop", "0.7", "sell when the price is at most entry × stop (< 1)"),
                ParameterSpec.count("maxHold", "100", "sell this many ticks after the buy at the latest"));
    }

    @Override
    public Strategy create(StrategyParameters p, Random random) {
        BigDecimal target = p.decimal("target");
        BigDecimal stop = p.decimal("stop");
        if (target.compareTo(BigDecimal.ONE) <= 0) {
            throw p.invalid("target must be above 1, not " + target.toPlainString());
        }
        if (stop.compareTo(BigDecimal.ONE) >= 0) {
            throw p.invalid("stop must be below 1, not " + stop.toPlainString());
        }
        return new Run(p.integer("buyTick"), p.decimal("amount"), target, stop, p.integer("maxHold"));
    }

    @Override
    public boolean gamesIndependent() {
        return true;
    }

    private static final class Run implements Strategy {
        private final int buyTick;
        private final BigDecimal amount;
        private final BigDecimal target;
        private final BigDecimal stop;
        private final int maxHold;
        private int boughtAt = -1;
        private BigDecimal takeAt;
        private BigDecimal stopAt;
        private boolean done;

        Run(int buyTick, BigDecimal amount, BigDecimal target, BigDecimal stop, int maxHold) {
            this.buyTick = buyTick;
            this.amount = amount;
            this.target = target;
            this.stop = stop;
            this.maxHold = maxHold;
        }

        @Override
        public void onGameStart(GameStart start) {
            boughtAt = -1;
            takeAt = null;
            stopAt = null;
            done = false;
        }

        @Override
        public List<Intent> onTick(TickView view) {
            if (done) {
                return List.of();
            }
            int tick = view.tick();
            if (boughtAt < 0) {
                if (tick < buyTick) {
                    return List.of();
                }
                boughtAt = tick;
                return List.of(Intent.buy(amount, "tick " + tick + " ≥ buyTick " + buyTick));
            }
            if (!view.account().hasPosition()) {
                if (tick - boughtAt >= maxHold) {
                    done = true;   // the buy never filled
                }
                return List.of();
            }
            if (takeAt == null) {
                BigDecimal entry = view.account().avgCost();
                takeAt = entry.multiply(target);
                stopAt = entry.multiply(stop);
            }
            BigDecimal price = view.price();
            String why = price.compareTo(takeAt) >= 0 ? "target reached"
                    : price.compareTo(stopAt) <= 0 ? "stop reached"
                    : tick - boughtAt >= maxHold ? "held " + maxHold + " ticks" : null;
            if (why == null) {
                return List.of();
            }
            done = true;
            return List.of(Intent.sell(100, why));
        }
    }
}
