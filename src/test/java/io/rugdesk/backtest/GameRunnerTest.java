package io.rugdesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.exchange.Account;
import io.rugdesk.risk.RiskGuard;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.TickView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameRunnerTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Ticks 3, 4, 6, 7 seen (joined at 3, tick 5 missed), one late tick, rug at 9 for 0.01. */
    private static GameTape tape() {
        return GameTape.observed("g", "test", new int[] {3, 4, 6, 7},
                new BigDecimal[] {d("1.25"), d("2"), d("4"), d("5")}, 9, d("0.01"), 1);
    }

    private static GameResult run(Strategy strategy, int latency, RiskLimits limits) {
        return new GameRunner(tape(), 0, new Account(d("10"), 0), new RiskGuard(limits), latency, BigDecimal.ZERO)
                .run(strategy);
    }

    @Test
    void aStrategySeesOnlyTheObservedTicksInOrder() {
        List<Integer> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        GameResult result = run(view -> {
            seen.add(view.tick());
            sizes.add(view.prices().size());
            return List.of();
        }, 0, RiskLimits.NONE);
        assertThat(seen).containsExactly(3, 4, 6, 7);
        assertThat(sizes).containsExactly(1, 2, 3, 4);
        assertThat(result.firstTick()).isEqualTo(3);
        assertThat(result.joinedMidGame()).isTrue();
        assertThat(result.lateTicks()).isEqualTo(1);
        assertThat(result.traded()).isFalse();
    }

    @Test
    void withLatencyAnIntentFillsAtTheFirstTickNTicksLaterOrNeverIfTheRugComesFirst() {
        Strategy buyAtThreeSellAtSix = view -> view.tick() == 3 ? List.of(Intent.buy(d("1"), "in"))
                : view.tick() == 6 ? List.of(Intent.sell(100, "out")) : List.of();
        GameResult result = run(buyAtThreeSellAtSix, 2, RiskLimits.NONE);
        // buy decided on 3 fills on tick 6 (5 was not seen) at 4: 0.25 tokens; the sell decided on 6 is due on 8,
        // which never comes before the rug at 9: the position is liquidated at 0.01
        assertThat(result.fillRows()).extracting(FillRow::kind, FillRow::decidedTick, FillRow::tick)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BUY", 3, 6),
                        org.assertj.core.groups.Tuple.tuple("RUG_LIQUIDATION", 9, 9));
        assertThat(result.fillRows().get(0).qty()).isEqualByComparingTo("0.25");
        assertThat(result.refusedByReason()).containsEntry(GameRunner.RUGGED_BEFORE_FILL, 1);
        assertThat(result.pnl()).isEqualByComparingTo("-0.9975");   // -1 + floor9(0.25 × 0.01)
        assertThat(result.ticksHeld()).isEqualTo(3);
    }

    @Test
    void aStrategyThatThrowsFailsItsGameWhichTheExchangeStillSettles() {
        Strategy throwsAtFour = view -> {
            if (view.tick() == 4) {
                throw new IllegalStateException("division by zero in my indicator");
            }
            return view.tick() == 3 ? List.of(Intent.buy(d("1"), "in")) : List.of();
        };
        GameResult result = run(throwsAtFour, 0, RiskLimits.NONE);
        assertThat(result.failed()).isEqualTo("IllegalStateException: division by zero in my indicator");
        assertThat(result.fills()).isEqualTo(2);                    // the buy, then the rug's liquidation
        assertThat(result.pnl()).isEqualByComparingTo("-0.992");     // -1 + floor9(0.8 × 0.01)
    }

    @Test
    void theRiskGuardRefusesBeforeTheExchangeSeesTheOrder() {
        Strategy buyTwice = view -> view.tick() <= 4 ? List.of(Intent.buy(d("1"), "in")) : List.of();
        GameResult result = run(buyTwice, 0, new RiskLimits(null, d("1.5"), null));
        assertThat(result.fills()).isEqualTo(2);                    // one buy, the liquidation
        assertThat(result.refusedByReason()).containsEntry("MAX_POSITION", 1);
    }

    @Test
    void theViewShowsTheAccountAfterEachFill() {
        List<String> cash = new ArrayList<>();
        run(view -> {
            cash.add(view.account().cash().stripTrailingZeros().toPlainString() + "/"
                    + view.gamePnl().stripTrailingZeros().toPlainString());
            return view.tick() == 3 ? List.of(Intent.buy(d("1"), "in")) : List.<Intent>of();
        }, 0, RiskLimits.NONE);
        // 0.8 tokens: at 2 worth 1.6 (+0.6), at 4 worth 3.2 (+2.2), at 5 worth 4 (+3)
        assertThat(cash).containsExactly("10/0", "9/0.6", "9/2.2", "9/3");
    }

    @Test
    void anIntentThatIsNotSeenAsOneFailsTheGame() {
        List<TickView> views = new ArrayList<>();
        Strategy nulls = view -> {
            views.add(view);
            List<Intent> intents = new ArrayList<>();
            intents.add(null);
            return intents;
        };
        GameResult result = run(nulls, 0, RiskLimits.NONE);
        assertThat(result.failed()).contains("null intent");
        assertThat(views).hasSize(1);
    }

    /**
     * {@code sidebet-every} on a game of 100 running ticks: protocol.md §4.7 says the next bet can start exactly at
     * the previous end, so the bets are at 0 (window 0…40), 40 (40…80) and 80 (80…120, won by the rug at 100).
     */
    @Test
    void sidebetEveryPlacesTheNextBetOnTheTickThePreviousWindowEnds() {
        int[] ticks = new int[100];
        BigDecimal[] prices = new BigDecimal[100];
        for (int t = 0; t < 100; t++) {
            ticks[t] = t;
            prices[t] = BigDecimal.ONE;
        }
        GameTape game = GameTape.observed("g", "test", ticks, prices, 100, d("0.01"), 0);
        Strategy strategy = io.rugdesk.strategy.StrategyCatalog.builtIn()
                .configure("sidebet-every", java.util.Map.of("amount", "0.1", "count", "3"))
                .newInstance(new java.util.Random(0));
        GameResult result = new GameRunner(game, 0, new Account(d("1"), 0), new RiskGuard(RiskLimits.NONE), 0,
                BigDecimal.ZERO).run(strategy);
        assertThat(result.fillRows()).extracting(FillRow::kind, FillRow::tick).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SIDEBET", 0),
                org.assertj.core.groups.Tuple.tuple("SIDEBET_LOST", 40),
                org.assertj.core.groups.Tuple.tuple("SIDEBET", 40),
                org.assertj.core.groups.Tuple.tuple("SIDEBET_LOST", 80),
                org.assertj.core.groups.Tuple.tuple("SIDEBET", 80),
                org.assertj.core.groups.Tuple.tuple("SIDEBET_WON", 100));
        // 1 − 3 × 0.1 + 5 × 0.1
        assertThat(result.endBalance()).isEqualByComparingTo("1.2");
    }
}
