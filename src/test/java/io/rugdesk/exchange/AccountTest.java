package io.rugdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.fair.JsNumbers;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The account figures of protocol.md §2.3/§4.6 and ADR 0005 (formerly the simulator's SimAccountTest). */
class AccountTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void reproducesTheRealBuyOfProtocolSection23() {
        Account account = new Account(d("0.1"), 0);
        account.buy(d("0.002"), BigDecimal.ONE);
        BigDecimal second = account.buy(d("0.002"), JsNumbers.toDecimal(1.4444769765026393));

        assertThat(second).isEqualByComparingTo("0.001384584");
        assertThat(account.positionQty()).isEqualByComparingTo("0.003384584");
        assertThat(account.avgCost()).isEqualByComparingTo("1.181828845");
        assertThat(account.totalInvested()).isEqualByComparingTo("0.004");
        assertThat(account.cash()).isEqualByComparingTo("0.096");
        assertThat(account.pnl()).isEqualByComparingTo("0.000888953");
    }

    @Test
    void aSingleLotKeepsItsAvgCostThroughPartialSells() {
        Account account = new Account(d("10"), 0);
        account.buy(d("0.001"), new BigDecimal("1.3279301871529137"));
        BigDecimal avgCost = account.avgCost();
        for (int percentage : new int[] {13, 33, 50, 27}) {
            account.sell(BigDecimal.valueOf(percentage), new BigDecimal("1.41"));
            assertThat(account.avgCost()).isEqualByComparingTo(avgCost);
        }
    }

    @Test
    void partialSellsConsumeTheOldestLotFirst() {
        Account account = new Account(d("10"), 0);
        account.buy(d("1"), BigDecimal.ONE);
        account.buy(d("1"), d("2"));
        Account.Sold sold = account.sell(d("50"), d("2"));

        assertThat(sold.qty()).isEqualByComparingTo("0.75");
        assertThat(sold.proceeds()).isEqualByComparingTo("1.5");
        assertThat(account.costBasis()).isEqualByComparingTo("1.25");
        assertThat(account.avgCost()).isEqualByComparingTo("1.666666666");
        assertThat(account.totalInvested()).isEqualByComparingTo("2");
        assertThat(account.regularPnl()).isEqualByComparingTo("1");
        assertThat(account.realizedPnl()).isEqualByComparingTo("0.75");   // 1.5 for 0.75 tokens that cost 0.75
    }

    @Test
    void aSellFeeMakesTheServerDrift() {
        Account honest = new Account(d("1"), 0);
        Account drifting = new Account(d("1"), 100);
        for (Account account : new Account[] {honest, drifting}) {
            account.buy(d("0.3"), d("1.5"));
            account.sell(d("100"), d("1.5"));
            assertThat(account.hasPosition()).isFalse();
            assertThat(account.avgCost()).isZero();
        }
        assertThat(honest.cash()).isEqualByComparingTo("1");
        assertThat(drifting.cash()).isEqualByComparingTo("0.997");
    }

    @Test
    void sidebetWinsPayFiveTimesAndLossesKeepTheStake() {
        Account account = new Account(d("1"), 0);
        account.placeSidebet(new Sidebet("g", 0, 40, d("0.1"), BigDecimal.ONE, 0));
        assertThat(account.totalInvested()).isEqualByComparingTo("0.1");
        assertThat(account.settleSidebet(true)).isEqualByComparingTo("0.5");
        assertThat(account.cash()).isEqualByComparingTo("1.4");
        account.placeSidebet(new Sidebet("g", 41, 81, d("0.2"), BigDecimal.ONE, 0));
        account.settleSidebet(false);
        assertThat(account.sidebetPnl()).isEqualByComparingTo("0.2");
        assertThat(account.cash()).isEqualByComparingTo("1.2");
    }
}
