package io.rugdesk.app.gui;

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
 * A strategy that only a jar declares (BacktestWindowLimitsAndJarTest puts this class and a
 * {@code META-INF/services} file naming it into a temporary jar): one 0.01 SOL sidebet on the first tick of each game.
 */
public final class OneSidebetForTheJarTest implements StrategyFactory {

    static final String NAME = "one-sidebet-from-a-jar";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "One 0.01 SOL sidebet on the first tick of each game (a test strategy loaded from a jar).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Strategy create(StrategyParameters p, Random random) {
        return new Strategy() {
            private boolean placed;

            @Override
            public void onGameStart(GameStart start) {
                placed = false;
            }

            @Override
            public List<Intent> onTick(TickView view) {
                if (placed) {
                    return List.of();
                }
                placed = true;
                return List.of(Intent.sidebet(new BigDecimal("0.01"), "first tick"));
            }
        };
    }
}
