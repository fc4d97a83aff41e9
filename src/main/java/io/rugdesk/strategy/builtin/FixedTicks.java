package io.rugdesk.strategy.builtin;

import io.rugdesk.strategy.GameStart;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.ParameterSpec;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.StrategyFactory;
import io.rugdesk.strategy.StrategyParameters;
import io.rugdesk.strategy.TickView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code fixed-ticks}: buys {@code amount} SOL at the first tick ≥ {@code buyTick}, sells {@code sellPercent} %
 * (default all) at the first tick ≥ {@code sellTick}, and places one sidebet of {@code sidebetAmount} at the first
 * tick ≥ {@code sidebetTick} if that is given. Whatever the rug reaches first is settled by the exchange. In a game
 * joined after these ticks, the buy, sell and sidebet all happen on the first tick seen, in that order.
 */
public final class FixedTicks implements StrategyFactory {

    @Override
    public String name() {
        return "fixed-ticks";
    }

    @Override
    public String description() {
        return "Buy at a fixed tick, sell at a later fixed tick, optionally one sidebet at a fixed tick.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.tick("buyTick", "10", "buy at the first tick at or after this one"),
                ParameterSpec.sol("amount", "0.1", "SOL to buy"),
                ParameterSpec.tick("sellTick", "40", "sell at the first tick at or after this one (> buyTick)"),
                ParameterSpec.percent("sellPercent", "100", "whole percent of the position to sell at sellTick"),
                ParameterSpec.tick("sidebetTick", null, "place one sidebet at the first tick at or after this one")
                        .optionalValue(),
                ParameterSpec.sol("sidebetAmount", "0.01", "SOL staked on the sidebet (with sidebetTick)"));
    }

    @Override
    public Strategy create(StrategyParameters p, Random random) {
        int buyTick = p.integer("buyTick");
        int sellTick = p.integer("sellTick");
        if (sellTick <= buyTick) {
            throw p.invalid("sellTick (" + sellTick + ") must be after buyTick (" + buyTick + ")");
        }
        Integer sidebetTick = p.has("sidebetTick") ? p.integer("sidebetTick") : null;
        return new Run(buyTick, p.decimal("amount"), sellTick, p.integer("sellPercent"), sidebetTick,
                p.decimal("sidebetAmount"));
    }

    @Override
    public boolean gamesIndependent() {
        return true;
    }

    private static final class Run implements Strategy {
        private final int buyTick;
        private final BigDecimal amount;
        private final int sellTick;
        private final int sellPercent;
        private final Integer sidebetTick;
        private final BigDecimal sidebetAmount;
        private boolean bought;
        private boolean sold;
        private boolean betPlaced;

        Run(int buyTick, BigDecimal amount, int sellTick, int sellPercent, Integer sidebetTick,
                BigDecimal sidebetAmount) {
            this.buyTick = buyTick;
            this.amount = amount;
            this.sellTick = sellTick;
            this.sellPercent = sellPercent;
            this.sidebetTick = sidebetTick;
            this.sidebetAmount = sidebetAmount;
        }

        @Override
        public void onGameStart(GameStart start) {
            bought = false;
            sold = false;
            betPlaced = false;
        }

        @Override
        public List<Intent> onTick(TickView view) {
            int tick = view.tick();
            boolean buyNow = !bought && tick >= buyTick;
            boolean sellNow = !sold && tick >= sellTick && (buyNow || bought && view.account().hasPosition());
            boolean betNow = sidebetTick != null && !betPlaced && tick >= sidebetTick;
            if (!buyNow && !sellNow && !betNow) {
                return List.of();
            }
            List<Intent> intents = new ArrayList<>(3);
            if (buyNow) {
                bought = true;
                intents.add(Intent.buy(amount, "tick " + tick + " ≥ buyTick " + buyTick));
            }
            if (sellNow) {
                sold = true;
                intents.add(Intent.sell(sellPercent, "tick " + tick + " ≥ sellTick " + sellTick));
            }
            if (betNow) {
                betPlaced = true;
                intents.add(Intent.sidebet(sidebetAmount, "tick " + tick + " ≥ sidebetTick " + sidebetTick));
            }
            return intents;
        }
    }
}
