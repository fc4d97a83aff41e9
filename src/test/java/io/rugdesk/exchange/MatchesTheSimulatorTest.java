package io.rugdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.sim.SimAccount;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exchange's account gives exactly the figures of the simulator's own accounting today, over random buys,
 * partial sells, sidebets and rugs, so the simulator can move onto the exchange without changing a number.
 * Delete with {@code SimAccount} once the simulator uses {@link Account}.
 */
class MatchesTheSimulatorTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sameFiguresAfterEveryOperation(long seed) {
        Random random = new Random(seed);
        int feeBps = seed % 2 == 0 ? 0 : 37;
        SimAccount sim = new SimAccount(new BigDecimal("50"), feeBps);
        Account exchange = new Account(new BigDecimal("50"), feeBps);
        for (int game = 0; game < 20; game++) {
            sim.startGame();
            exchange.startGame();
            double price = 1.0;
            for (int step = 0; step < 60; step++) {
                price *= 0.9 + random.nextDouble() * 0.25;
                BigDecimal simPrice = new BigDecimal(Double.toString(price));
                BigDecimal jsPrice = JsNumbers.toDecimal(price);
                assertThat(jsPrice).isEqualByComparingTo(simPrice);   // Java 17 and JS agree on these prices
                int roll = random.nextInt(10);
                if (roll < 3) {
                    BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(2000), 3);
                    sim.buy(amount, simPrice);
                    exchange.buy(amount, jsPrice);
                } else if (roll < 6 && exchange.hasPosition()) {
                    BigDecimal percent = BigDecimal.valueOf(1 + random.nextInt(100));
                    SimAccount.Fill fill = sim.sell(percent, simPrice);
                    Account.Sold sold = exchange.sell(percent, jsPrice);
                    assertThat(sold.qty()).isEqualByComparingTo(fill.qty());
                    assertThat(sold.proceeds()).isEqualByComparingTo(fill.amount());
                } else if (roll == 6 && !exchange.hasOpenSidebet()) {
                    BigDecimal stake = BigDecimal.valueOf(1 + random.nextInt(100), 3);
                    sim.placeSidebet(stake);
                    exchange.placeSidebet(new Sidebet("g", step, step + 40, stake, jsPrice, 0));
                } else if (roll == 7 && exchange.hasOpenSidebet()) {
                    boolean won = random.nextBoolean();
                    assertThat(exchange.settleSidebet(won)).isEqualByComparingTo(sim.settleSidebet(won));
                } else {
                    sim.mark(simPrice);
                    exchange.mark(jsPrice);
                }
                assertSame(sim, exchange);
            }
            if (exchange.hasPosition()) {
                sim.sell(BigDecimal.valueOf(100), new BigDecimal("0.015"));
                exchange.sell(BigDecimal.valueOf(100), new BigDecimal("0.015"));
            }
            if (exchange.hasOpenSidebet()) {
                sim.settleSidebet(false);
                exchange.settleSidebet(false);
            }
            assertSame(sim, exchange);
        }
    }

    private static void assertSame(SimAccount sim, Account exchange) {
        assertThat(exchange.cash()).isEqualByComparingTo(sim.cash());
        assertThat(exchange.positionQty()).isEqualByComparingTo(sim.positionQty());
        assertThat(exchange.avgCost()).isEqualByComparingTo(sim.avgCost());
        assertThat(exchange.costBasis()).isEqualByComparingTo(sim.costBasis());
        assertThat(exchange.totalInvested()).isEqualByComparingTo(sim.totalInvested());
        assertThat(exchange.regularPnl()).isEqualByComparingTo(sim.regularPnl());
        assertThat(exchange.sidebetPnl()).isEqualByComparingTo(sim.sidebetPnl());
        assertThat(exchange.pnl()).isEqualByComparingTo(sim.pnl());
        assertThat(exchange.pnlPercent()).isEqualByComparingTo(sim.pnlPercent());
        assertThat(exchange.openSidebetStake()).isEqualByComparingTo(sim.openSidebetStake());
        assertThat(exchange.tradedThisGame()).isEqualTo(sim.tradedThisGame());
    }
}
