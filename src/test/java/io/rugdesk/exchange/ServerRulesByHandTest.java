package io.rugdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.fair.JsNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exchange against figures written out from protocol.md §4.5–§4.7, not against another implementation: one
 * game worked by hand through the real DT-Q2 buy and the DT-Q3 sidebet figures, and random games checked against
 * a ledger this test keeps itself ({@code floor9} arithmetic on cash, tokens and sidebets, written out below).
 * This replaced a comparison with the simulator's former accounting, which now is the exchange.
 */
class ServerRulesByHandTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal floor9(BigDecimal value) {
        return value.setScale(9, RoundingMode.DOWN);
    }

    @Test
    void aGameWorkedByHandThroughTheRealDtQ2BuyAndDtQ3Sidebets() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("0.1"), 0);
        exchange.startGame("dt");
        exchange.openPresale();
        exchange.buy(account, d("0.002"));                               // presale: 0.002 tokens at 1
        exchange.tick(12, d("1.4444769765026393"));
        Fill second = (Fill) exchange.buy(account, d("0.002"));
        // DT-Q2 (protocol.md §2.3): floor9(0.002 / 1.4444769765026393) = 0.001384584, avgCost 1.181828845 =
        // floor9((0.002 + floor9(0.001384584 × 1.44447…) = 0.001999999) / 0.003384584), P&L 0.000888953 =
        // floor9(0.003384584 × 1.44447…) − 0.004
        assertThat(second.qty()).isEqualByComparingTo("0.001384584");
        assertThat(account.positionQty()).isEqualByComparingTo("0.003384584");
        assertThat(account.avgCost()).isEqualByComparingTo("1.181828845");
        assertThat(account.pnl()).isEqualByComparingTo("0.000888953");
        assertThat(account.totalInvested()).isEqualByComparingTo("0.004");
        assertThat(account.cash()).isEqualByComparingTo("0.096");

        exchange.tick(13, d("1.5"));
        exchange.sidebet(account, d("0.001"), 0);                         // window 13…53
        assertThat(account.totalInvested()).isEqualByComparingTo("0.005"); // stake + SOL in the position
        exchange.tick(52, d("1.6"));
        assertThat(exchange.expireSidebet(account)).isNull();              // a rug at 53 would still win
        exchange.tick(54, d("1.6"));                                       // 53 skipped: lost all the same
        SidebetSettled lost = exchange.expireSidebet(account);
        assertThat(lost.won()).isFalse();
        assertThat(lost.payout()).isZero();
        assertThat(account.sidebetPnl()).isEqualByComparingTo("-0.001");  // DT-Q3 before the win
        exchange.sidebet(account, d("0.001"), 0);                         // window 54…94

        exchange.tick(60, d("1.9"));
        Fill sell = (Fill) exchange.sell(account, d("33"));
        // floor9(0.003384584 × 33 %) = 0.001116912 tokens, all from the presale lot; floor9(× 1.9) = 0.002122132
        assertThat(sell.qty()).isEqualByComparingTo("0.001116912");
        assertThat(sell.amount()).isEqualByComparingTo("0.002122132");
        assertThat(account.realizedPnl()).isEqualByComparingTo("0.00100522");   // 0.002122132 − 0.001116912
        // (0.000883088 left of lot 1 at 1 + 0.001999999) / 0.002267672, truncated
        assertThat(account.avgCost()).isEqualByComparingTo("1.271386249");

        exchange.rug(70, d("0.0123"));
        RugSettlement rug = exchange.settleRug(account);
        assertThat(rug.sidebet().won()).isTrue();                          // 70 ≤ 94
        assertThat(rug.sidebet().payout()).isEqualByComparingTo("0.005");
        assertThat(account.sidebetPnl()).isEqualByComparingTo("0.003");   // DT-Q3: −0.001 + 4 × 0.001
        assertThat(rug.liquidation().qty()).isEqualByComparingTo("0.002267672");
        assertThat(rug.liquidation().amount()).isEqualByComparingTo("0.000027892");  // floor9(0.002267672 × 0.0123)
        // 0.1 − 0.004 bought − 0.002 staked + 0.002122132 + 0.005 payout + 0.000027892
        assertThat(account.cash()).isEqualByComparingTo("0.101150024");
        assertThat(account.pnl()).isEqualByComparingTo("0.001150024");     // flat: the change of the balance
        assertThat(account.pnlPercent()).isEqualByComparingTo("23.00048"); // 100 × 0.001150024 / 0.005
        assertThat(account.hasPosition()).isFalse();
    }

    /**
     * Random games (presale, ticks, buys, whole-percent sells, sidebets, refused orders, the rug) against the
     * test's own ledger: a buy gets {@code floor9(amount ÷ price)} tokens, a sell of p % gets
     * {@code floor9(qty × p ÷ 100)} tokens (all at 100 %) for {@code floor9(tokens × price)} less the drift fee
     * {@code floor9(proceeds × bps ÷ 10000)}; a sidebet loses at the first running tick at or after {@code start + 40} (the next one may
     * start on that tick, §4.7) and at the
     * rug wins 5× iff {@code rugTick ≤ start + 40}; at the rug every token goes at the rug price.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomGamesAgreeWithALedgerKeptByTheRules(long seed) {
        Random random = new Random(seed);
        int feeBps = seed % 2 == 0 ? 0 : 37;
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("50"), feeBps);
        Ledger ledger = new Ledger(d("50"), feeBps);
        for (int game = 0; game < 20; game++) {
            exchange.startGame("g" + game);
            account.startGame();
            ledger.sidebetPnl = BigDecimal.ZERO;
            exchange.openPresale();
            if (random.nextBoolean()) {
                ledger.buy((Fill) exchange.buy(account, BigDecimal.valueOf(1 + random.nextInt(500), 3)),
                        BigDecimal.ONE);
            }
            int rugTick = 1 + random.nextInt(150);
            double price = 1.0;
            for (int tick = 1; tick < rugTick; tick++) {
                price *= 0.9 + random.nextDouble() * 0.25;
                BigDecimal atPrice = JsNumbers.toDecimal(price);
                exchange.tick(tick, atPrice);
                ledger.expire(exchange.expireSidebet(account), tick);
                int roll = random.nextInt(10);
                if (roll < 3) {
                    ledger.buy((Fill) exchange.buy(account, BigDecimal.valueOf(1 + random.nextInt(2000), 3)),
                            atPrice);
                } else if (roll < 6 && ledger.qty.signum() > 0) {
                    BigDecimal percent = BigDecimal.valueOf(1 + random.nextInt(100));
                    ledger.sell((Fill) exchange.sell(account, percent), percent, atPrice);
                } else if (roll == 6 && ledger.sidebetEnd < 0) {
                    BigDecimal stake = BigDecimal.valueOf(1 + random.nextInt(100), 3);
                    ledger.sidebet((Sidebet) exchange.sidebet(account, stake, 0), stake, tick);
                } else if (roll == 7) {
                    OrderOutcome tooBig = exchange.buy(account, ledger.cash.add(d("0.001")));
                    assertThat(((Refusal) tooBig).reason()).isEqualTo(RefusalReason.INSUFFICIENT_CASH);
                }
                ledger.assertMatches(account);
            }
            BigDecimal rugPrice = JsNumbers.toDecimal(price * 0.01);
            exchange.rug(rugTick, rugPrice);
            ledger.rug(exchange.settleRug(account), rugTick, rugPrice);
            ledger.assertMatches(account);
        }
    }

    /** Cash, tokens and the open sidebet as the rules say they must be. */
    private static final class Ledger {
        private final int feeBps;
        private BigDecimal cash;
        private BigDecimal qty = BigDecimal.ZERO;
        private BigDecimal sidebetPnl = BigDecimal.ZERO;
        private BigDecimal stake = BigDecimal.ZERO;
        private int sidebetEnd = -1;

        Ledger(BigDecimal cash, int feeBps) {
            this.cash = cash;
            this.feeBps = feeBps;
        }

        void buy(Fill fill, BigDecimal price) {
            BigDecimal amount = fill.amount();
            assertThat(fill.qty()).isEqualByComparingTo(amount.divide(price, 9, RoundingMode.DOWN));
            assertThat(fill.price()).isEqualByComparingTo(price);
            cash = cash.subtract(amount);
            qty = qty.add(fill.qty());
        }

        void sell(Fill fill, BigDecimal percent, BigDecimal price) {
            BigDecimal tokens = percent.compareTo(HUNDRED) == 0 ? qty : floor9(qty.multiply(percent).divide(HUNDRED));
            assertThat(fill.qty()).isEqualByComparingTo(tokens);
            assertThat(fill.amount()).isEqualByComparingTo(proceeds(tokens, price));
            cash = cash.add(fill.amount());
            qty = qty.subtract(tokens);
        }

        private BigDecimal proceeds(BigDecimal tokens, BigDecimal price) {
            BigDecimal gross = floor9(tokens.multiply(price));
            return gross.subtract(floor9(gross.multiply(BigDecimal.valueOf(feeBps)).divide(BigDecimal.valueOf(10_000))));
        }

        void sidebet(Sidebet bet, BigDecimal amount, int tick) {
            assertThat(bet.startTick()).isEqualTo(tick);
            assertThat(bet.endTick()).isEqualTo(tick + 40);
            cash = cash.subtract(amount);
            stake = amount;
            sidebetEnd = tick + 40;
        }

        void expire(SidebetSettled settled, int tick) {
            if (sidebetEnd >= 0 && tick >= sidebetEnd) {
                assertThat(settled.won()).isFalse();
                assertThat(settled.tick()).isEqualTo(tick);
                sidebetPnl = sidebetPnl.subtract(stake);
                sidebetEnd = -1;
            } else {
                assertThat(settled).isNull();
            }
        }

        void rug(RugSettlement settlement, int rugTick, BigDecimal rugPrice) {
            if (sidebetEnd >= 0) {
                boolean won = rugTick <= sidebetEnd;
                assertThat(settlement.sidebet().won()).isEqualTo(won);
                BigDecimal payout = won ? stake.multiply(BigDecimal.valueOf(5)) : BigDecimal.ZERO;
                assertThat(settlement.sidebet().payout()).isEqualByComparingTo(payout);
                cash = cash.add(payout);
                sidebetPnl = sidebetPnl.add(payout).subtract(stake);
                sidebetEnd = -1;
            } else {
                assertThat(settlement.sidebet()).isNull();
            }
            if (qty.signum() > 0) {
                assertThat(settlement.liquidation().qty()).isEqualByComparingTo(qty);
                assertThat(settlement.liquidation().amount()).isEqualByComparingTo(proceeds(qty, rugPrice));
                cash = cash.add(settlement.liquidation().amount());
                qty = BigDecimal.ZERO;
            } else {
                assertThat(settlement.liquidation()).isNull();
            }
        }

        void assertMatches(Account account) {
            assertThat(account.cash()).isEqualByComparingTo(cash);
            assertThat(account.positionQty()).isEqualByComparingTo(qty);
            assertThat(account.sidebetPnl()).isEqualByComparingTo(sidebetPnl);
            assertThat(account.hasOpenSidebet()).isEqualTo(sidebetEnd >= 0);
        }
    }
}
