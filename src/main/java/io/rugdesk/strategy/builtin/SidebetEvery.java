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
 * {@code sidebet-every}: a sidebet of {@code amount} SOL from tick {@code start}, again as soon as the previous
 * window has expired (the exchange settles a lost bet on its window's end tick, and takes the next on that same
 * tick, protocol.md §4.7), at most {@code count}
 * per game.
 */
public final class SidebetEvery implements StrategyFactory {

    @Override
    public String name() {
        return "sidebet-every";
    }

    @Override
    public String description() {
        return "Sidebets back to back from a tick, at most a number per game.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.sol("amount", "0.01", "SOL staked on each sidebet"),
                ParameterSpec.tick("start", "0", "place the first sidebet at the first tick at or after this one"),
                ParameterSpec.count("count", "3", "at most this many sidebets per game"));
    }

    @Override
    public Strategy create(StrategyParameters p, Random random) {
        return new Run(p.decimal("amount"), p.integer("start"), p.integer("count"));
    }

    @Override
    public boolean gamesIndependent() {
        return true;
    }

    private static final class Run implements Strategy {
        private final BigDecimal amount;
        private final int start;
        private final int count;
        private int placed;

        Run(BigDecimal amount, int start, int count) {
            this.amount = amount;
            this.start = start;
            this.count = count;
        }

        @Override
        public void onGameStart(GameStart begin) {
            placed = 0;
        }

        @Override
        public List<Intent> onTick(TickView view) {
            if (placed >= count || view.tick() < start || view.account().hasOpenSidebet()) {
                return List.of();
            }
            placed++;
            return List.of(Intent.sidebet(amount, "sidebet " + placed + " of " + count));
        }
    }
}
