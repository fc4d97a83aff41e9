package io.rugdesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.ParameterSpec;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.StrategyFactory;
import io.rugdesk.strategy.StrategyParameters;
import io.rugdesk.strategy.TickView;
import io.rugdesk.strategy.StrategyCatalog.ConfiguredStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of every backtest, over thousands of generated games and a strategy that trades at random. */
class BacktestPropertyTest {

    /** Buys, sells and bets at random (some orders too big or too small on purpose), from its seeded Random. */
    static final class RandomTrader implements StrategyFactory {
        @Override
        public String name() {
            return "random";
        }

        @Override
        public String description() {
            return "random orders";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Strategy create(StrategyParameters parameters, Random random) {
            return view -> intents(view, random);
        }

        private static List<Intent> intents(TickView view, Random random) {
            List<Intent> intents = new ArrayList<>();
            int roll = random.nextInt(40);
            if (roll == 0) {
                intents.add(Intent.buy(BigDecimal.valueOf(random.nextInt(300) + 1, 3), "random buy"));
            } else if (roll == 1) {
                intents.add(Intent.sell(1 + random.nextInt(100), "random sell"));
            } else if (roll == 2) {
                intents.add(Intent.sidebet(BigDecimal.valueOf(random.nextInt(50) + 1, 3), "random bet"));
            } else if (roll == 3) {
                intents.add(Intent.buy(new BigDecimal("0.0005"), "too small"));
            }
            return intents;
        }
    }

    static ConfiguredStrategy random() {
        RandomTrader factory = new RandomTrader();
        return new ConfiguredStrategy(factory, StrategyParameters.parse(factory, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void balancesAddUpAndNothingHappensAtOrAfterTheRug(int latency) throws InterruptedException {
        BacktestSettings settings = new BacktestSettings(random(), new BigDecimal("20"), latency, RiskLimits.NONE,
                7, true);
        BacktestReport report = new Backtest(settings, null).run(List.of(), new GeneratedGames(2000, 11),
                List.of());

        BigDecimal balance = new BigDecimal("20");
        int won = 0;
        int lost = 0;
        int refused = 0;
        for (GameResult game : report.games()) {
            assertThat(game.startBalance()).isEqualByComparingTo(balance);
            balance = balance.add(game.pnl());
            assertThat(game.endBalance()).isEqualByComparingTo(balance);
            assertThat(game.endBalance().signum()).isNotNegative();
            refused += game.refused();
            for (FillRow row : game.fillRows()) {
                assertThat(row.cashAfter().signum()).as("cash after %s", row).isNotNegative();
                switch (row.kind()) {
                    case "BUY", "SELL", "SIDEBET" -> {
                        assertThat(row.tick()).as("%s before the rug at %d", row, game.rugTick())
                                .isLessThan(game.rugTick());
                        assertThat(row.tick() - row.decidedTick()).isEqualTo(latency);
                    }
                    case "RUG_LIQUIDATION" -> assertThat(row.tick()).isEqualTo(game.rugTick());
                    case "SIDEBET_WON" -> {
                        won++;
                        assertThat(game.rugTick()).isBetween(row.decidedTick(), row.decidedTick() + 40);
                        assertThat(row.tick()).isEqualTo(game.rugTick());
                    }
                    case "SIDEBET_LOST" -> {
                        lost++;
                        assertThat(game.rugTick()).isGreaterThan(row.decidedTick() + 40);
                        // lost on the first running tick at or after the window's end (§4.7)
                        assertThat(row.tick()).isGreaterThanOrEqualTo(row.decidedTick() + 40);
                    }
                    default -> throw new AssertionError("unknown fill kind " + row.kind());
                }
            }
        }
        assertThat(report.summary().endBalance()).isEqualByComparingTo(balance);
        assertThat(report.summary().netPnl()).isEqualByComparingTo(balance.subtract(new BigDecimal("20")));
        assertThat(report.summary().sidebetsWon()).isEqualTo(won);
        assertThat(report.summary().sidebetsLost()).isEqualTo(lost);
        assertThat(won + lost).isGreaterThan(500);   // the properties were exercised
        assertThat(report.summary().refusedByReason().keySet()).contains("AMOUNT_TOO_SMALL");
        assertThat(refused).isEqualTo(report.summary().refused());
        assertThat(Set.copyOf(report.games().stream().map(GameResult::gameId).toList())).hasSize(2000);
    }
}
