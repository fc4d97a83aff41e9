package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SimAccountTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void reproducesTheRealBuyOfProtocolSection23() {
        SimAccount account = new SimAccount(d("0.1"), 0);
        account.buy(d("0.002"), BigDecimal.ONE);
        BigDecimal second = account.buy(d("0.002"), new BigDecimal(Double.toString(1.4444769765026393)));

        assertThat(second).isEqualByComparingTo("0.001384584");
        assertThat(account.positionQty()).isEqualByComparingTo("0.003384584");
        assertThat(account.avgCost()).isEqualByComparingTo("1.181828845");
        assertThat(account.totalInvested()).isEqualByComparingTo("0.004");
        assertThat(account.cash()).isEqualByComparingTo("0.096");
        assertThat(account.pnl()).isEqualByComparingTo("0.000888953");  // marked at the second buy's price
    }

    @Test
    void aSingleLotKeepsItsAvgCostThroughPartialSells() {
        // protocol.md §4.6 (Justforfun4: four sells, avgCost constant); rounding the kept cost to 9 dp moved it
        SimAccount account = new SimAccount(d("10"), 0);
        account.buy(d("0.001"), new BigDecimal("1.3279301871529137"));  // few tokens: rounding shows
        BigDecimal avgCost = account.avgCost();
        for (int percentage : new int[] {13, 33, 50, 27}) {
            account.sell(BigDecimal.valueOf(percentage), new BigDecimal("1.41"));
            assertThat(account.avgCost()).isEqualByComparingTo(avgCost);
        }
    }

    @Test
    void partialSellsConsumeTheOldestLotFirst() {
        SimAccount account = new SimAccount(d("10"), 0);
        account.buy(d("1"), BigDecimal.ONE);          // 1 token at 1.0
        account.buy(d("1"), d("2"));                   // 0.5 token at 2.0
        SimAccount.Fill fill = account.sell(d("50"), d("2"));  // 0.75 tokens, all from the first lot

        assertThat(fill.qty()).isEqualByComparingTo("0.75");
        assertThat(fill.amount()).isEqualByComparingTo("1.5");
        assertThat(account.positionQty()).isEqualByComparingTo("0.75");
        assertThat(account.costBasis()).isEqualByComparingTo("1.25");   // 0.25 left of lot 1 + lot 2
        assertThat(account.avgCost()).isEqualByComparingTo("1.666666666");  // 1.25 / 0.75, truncated
        assertThat(account.totalInvested()).isEqualByComparingTo("2");  // high-water mark, not reduced
        assertThat(account.regularPnl()).isEqualByComparingTo("1");  // 0.75 realised + 0.25 open gain at 2.0
    }

    @Test
    void sellingEverythingFlattensAndFeesMakeTheServerDrift() {
        SimAccount honest = new SimAccount(d("1"), 0);
        SimAccount drifting = new SimAccount(d("1"), 100);
        for (SimAccount account : new SimAccount[] {honest, drifting}) {
            account.buy(d("0.3"), d("1.5"));
            account.sell(d("100"), d("1.5"));
            assertThat(account.positionQty()).isZero();
            assertThat(account.avgCost()).isZero();
        }
        assertThat(honest.cash()).isEqualByComparingTo("1");
        assertThat(drifting.cash()).isEqualByComparingTo("0.997");
    }

    @Test
    void sidebetWinsPayFiveTimesAndLossesKeepTheStake() {
        SimAccount account = new SimAccount(d("1"), 0);
        account.placeSidebet(d("0.1"));
        assertThat(account.totalInvested()).isEqualByComparingTo("0.1");
        assertThat(account.settleSidebet(true)).isEqualByComparingTo("0.5");
        assertThat(account.cash()).isEqualByComparingTo("1.4");
        account.placeSidebet(d("0.2"));
        account.settleSidebet(false);
        assertThat(account.sidebetPnl()).isEqualByComparingTo("0.2");
        assertThat(account.cash()).isEqualByComparingTo("1.2");
    }
}
