package io.rugdesk.strategy.builtin;

import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.ParameterSpec;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.StrategyFactory;
import io.rugdesk.strategy.StrategyParameters;
import java.util.List;
import java.util.Random;

/** {@code noop}: never trades; measures the engine. */
public final class Noop implements StrategyFactory {

    @Override
    public String name() {
        return "noop";
    }

    @Override
    public String description() {
        return "Never trades (measures the engine).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Strategy create(StrategyParameters p, Random random) {
        return view -> List.<Intent>of();
    }

    @Override
    public boolean gamesIndependent() {
        return true;
    }
}
