package io.rugdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Thousands of random orders, many of them invalid: a refused one leaves every figure of the account as it was. */
class RefusalsChangeNothingTest {

    private static List<Object> figures(Account a) {
        return List.of(a.cash(), a.positionQty(), a.avgCost(), a.costBasis(), a.totalInvested(), a.regularPnl(),
                a.sidebetPnl(), a.openSidebetStake(), a.tradedThisGame(), String.valueOf(a.sidebet()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void refusedOrdersChangeNothing(long seed) {
        Random random = new Random(seed);
        Exchange exchange = new Exchange(new BigDecimal("2"));
        Account account = new Account(new BigDecimal("3"), 0);
        int refusals = 0;
        for (int game = 0; game < 100; game++) {
            exchange.startGame("g" + game);
            account.startGame();
            if (random.nextBoolean()) {
                exchange.openPresale();
            }
            int rugTick = random.nextInt(80);
            for (int tick = 0; tick <= rugTick; tick++) {
                if (tick == rugTick) {
                    exchange.rug(tick, new BigDecimal("0.01"));
                } else {
                    exchange.tick(tick, BigDecimal.valueOf(500 + random.nextInt(1500), 3));
                    exchange.expireSidebet(account);
                }
                for (int order = 0; order < 2; order++) {
                    List<Object> before = figures(account);
                    BigDecimal amount = BigDecimal.valueOf(random.nextInt(3000), 3 + random.nextInt(8));
                    OrderOutcome outcome = switch (random.nextInt(3)) {
                        case 0 -> exchange.buy(account, amount);
                        case 1 -> exchange.sell(account, BigDecimal.valueOf(random.nextInt(120) - 5));
                        default -> exchange.sidebet(account, amount, 0);
                    };
                    if (outcome instanceof Refusal) {
                        refusals++;
                        assertThat(figures(account)).as("%s", outcome).isEqualTo(before);
                    }
                    assertThat(account.cash().signum()).isNotNegative();
                }
            }
            exchange.settleRug(account);
            assertThat(account.hasPosition()).isFalse();
            assertThat(account.hasOpenSidebet()).isFalse();
        }
        assertThat(refusals).isGreaterThan(1000);
    }
}
