package io.rugdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExchangeTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RefusalReason reason(OrderOutcome outcome) {
        assertThat(outcome).isInstanceOf(Refusal.class);
        return ((Refusal) outcome).reason();
    }

    @Test
    void buysAtTheTickPriceAndSellsWholePercentsForTruncatedProceeds() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("10"), 0);
        exchange.startGame("g");
        exchange.tick(10, new BigDecimal("1.0393085040347514"));
        Fill buy = (Fill) exchange.buy(account, d("0.1"));
        // 0.1 / 1.0393085040347514 = 0.0962178217...; truncated to 9 dp
        assertThat(buy.qty()).isEqualByComparingTo("0.096217821");
        assertThat(buy.tick()).isEqualTo(10);
        exchange.tick(40, new BigDecimal("1.2"));
        Fill sell = (Fill) exchange.sell(account, d("100"));
        assertThat(sell.amount()).isEqualByComparingTo("0.115461385");   // floor9(0.096217821 × 1.2)
        assertThat(account.cash()).isEqualByComparingTo("10.015461385");
    }

    @Test
    void refusalsNameTheirReasonAndChangeNothing() {
        Exchange exchange = new Exchange(d("5"));
        Account account = new Account(d("1"), 0);
        exchange.startGame("g");
        assertThat(reason(exchange.buy(account, d("0.1")))).isEqualTo(RefusalReason.WRONG_PHASE);
        exchange.openPresale();
        assertThat(reason(exchange.sell(account, d("50")))).isEqualTo(RefusalReason.WRONG_PHASE);
        exchange.tick(3, d("1.1"));
        assertThat(reason(exchange.buy(account, d("0.0009")))).isEqualTo(RefusalReason.AMOUNT_TOO_SMALL);
        assertThat(reason(exchange.buy(account, d("0.0010000001")))).isEqualTo(RefusalReason.TOO_MANY_DECIMALS);
        assertThat(reason(exchange.buy(account, d("6")))).isEqualTo(RefusalReason.AMOUNT_TOO_LARGE);
        assertThat(reason(exchange.buy(account, d("1.5")))).isEqualTo(RefusalReason.INSUFFICIENT_CASH);
        assertThat(reason(exchange.sell(account, d("50")))).isEqualTo(RefusalReason.NOTHING_TO_SELL);
        assertThat(reason(exchange.sell(account, d("0")))).isEqualTo(RefusalReason.INVALID_PERCENTAGE);
        assertThat(reason(exchange.sell(account, d("101")))).isEqualTo(RefusalReason.INVALID_PERCENTAGE);
        assertThat(account.cash()).isEqualByComparingTo("1");
        assertThat(account.tradedThisGame()).isFalse();
        assertThat(exchange.sidebet(account, d("0.1"), 0)).isInstanceOf(Sidebet.class);
        assertThat(reason(exchange.sidebet(account, d("0.1"), 0))).isEqualTo(RefusalReason.SIDEBET_ALREADY_OPEN);
        assertThat(account.cash()).isEqualByComparingTo("0.9");
        Refusal refusal = (Refusal) exchange.buy(account, d("2"));
        assertThat(refusal.message()).isEqualTo("Not enough cash: you have 0.9 SOL but the order needs 2 SOL.");
    }

    @Test
    void presaleOrdersFillAtOneOnTickZero() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("1"), 0);
        exchange.startGame("g");
        exchange.openPresale();
        Fill buy = (Fill) exchange.buy(account, d("0.25"));
        Sidebet bet = (Sidebet) exchange.sidebet(account, d("0.01"), 1234L);
        assertThat(buy.price()).isEqualByComparingTo("1");
        assertThat(buy.qty()).isEqualByComparingTo("0.25");
        assertThat(bet.startTick()).isZero();
        assertThat(bet.endTick()).isEqualTo(40);
        assertThat(bet.placedAt()).isEqualTo(1234L);
    }

    @Test
    void aSidebetWinsIffTheRugIsInsideItsWindowAndLosesWhenTheWindowExpires() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("1"), 0);
        exchange.startGame("g");
        exchange.tick(5, d("1"));
        exchange.sidebet(account, d("0.1"), 0);
        exchange.tick(44, d("1"));
        assertThat(exchange.expireSidebet(account)).isNull();          // the rug may still come at tick 45
        exchange.rug(45, d("0.01"));                                    // rugTick 45 ≤ end 45: a win (§4.7)
        RugSettlement atEnd = exchange.settleRug(account);
        assertThat(atEnd.sidebet().won()).isTrue();
        assertThat(atEnd.sidebet().payout()).isEqualByComparingTo("0.5");
        assertThat(account.cash()).isEqualByComparingTo("1.4");

        exchange.startGame("h");
        account.startGame();
        exchange.tick(0, d("1"));
        exchange.sidebet(account, d("0.1"), 0);
        exchange.tick(39, d("1"));
        assertThat(exchange.expireSidebet(account)).isNull();
        exchange.tick(40, d("1"));                                      // a running tick 40: no rug at ≤ 40 now
        SidebetSettled lost = exchange.expireSidebet(account);
        assertThat(lost.won()).isFalse();
        assertThat(lost.tick()).isEqualTo(40);
        assertThat(account.sidebetPnl()).isEqualByComparingTo("-0.1");
        assertThat(account.cash()).isEqualByComparingTo("1.3");
    }

    /** protocol.md §4.7: "the next bet can start exactly at the previous end (gap 40 seen 23×)". */
    @Test
    void theNextSidebetMayStartExactlyAtThePreviousEnd() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("1"), 0);
        exchange.startGame("g");
        exchange.tick(3, d("1"));
        Sidebet first = (Sidebet) exchange.sidebet(account, d("0.1"), 0);   // window 3…43
        exchange.tick(43, d("1.2"));
        assertThat(exchange.expireSidebet(account).tick()).isEqualTo(first.endTick());
        OrderOutcome second = exchange.sidebet(account, d("0.1"), 0);
        assertThat(second).isInstanceOf(Sidebet.class);
        assertThat(((Sidebet) second).startTick()).isEqualTo(43);
        assertThat(((Sidebet) second).endTick()).isEqualTo(83);
        assertThat(account.cash()).isEqualByComparingTo("0.8");
    }

    @Test
    void theRugSellsTheWholePositionAtTheRugPrice() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("1"), 0);
        exchange.startGame("g");
        exchange.tick(1, d("1.5"));
        exchange.buy(account, d("0.3"));          // 0.2 tokens
        exchange.rug(7, new BigDecimal("0.020000000000000018"));
        RugSettlement rug = exchange.settleRug(account);
        assertThat(rug.sidebet()).isNull();
        assertThat(rug.liquidation().kind()).isEqualTo(Fill.Kind.RUG_LIQUIDATION);
        assertThat(rug.liquidation().amount()).isEqualByComparingTo("0.004");  // floor9(0.2 × 0.0200…018)
        assertThat(account.cash()).isEqualByComparingTo("0.704");
        assertThat(account.pnl()).isEqualByComparingTo("-0.296");
        assertThat(reason(exchange.buy(account, d("0.1")))).isEqualTo(RefusalReason.WRONG_PHASE);
    }

    @Test
    void theRugInTwoStepsShowsTheSidebetSettledBeforeTheForcedSale() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("1"), 0);
        exchange.startGame("g");
        exchange.tick(2, d("1.25"));
        exchange.buy(account, d("0.5"));          // 0.4 tokens
        exchange.sidebet(account, d("0.1"), 0);   // window 2…42
        exchange.rug(30, d("0.015"));

        SidebetSettled won = exchange.settleSidebetAtRug(account);
        assertThat(won.won()).isTrue();
        assertThat(won.tick()).isEqualTo(30);
        assertThat(account.cash()).isEqualByComparingTo("0.9");          // 1 − 0.5 − 0.1 + 0.5 payout
        assertThat(account.positionQty()).isEqualByComparingTo("0.4");  // not sold yet
        assertThat(account.sidebetPnl()).isEqualByComparingTo("0.4");

        Fill sale = exchange.liquidateAtRug(account);
        assertThat(sale.kind()).isEqualTo(Fill.Kind.RUG_LIQUIDATION);
        assertThat(sale.amount()).isEqualByComparingTo("0.006");        // floor9(0.4 × 0.015)
        assertThat(account.cash()).isEqualByComparingTo("0.906");
        assertThat(account.hasPosition()).isFalse();
        assertThat(exchange.settleSidebetAtRug(account)).isNull();
        assertThat(exchange.liquidateAtRug(account)).isNull();
        assertThat(account.pnl()).isEqualByComparingTo("-0.094");        // 0.006 − 0.5 + 0.4
    }

    @Test
    void rugStepsBeforeTheRugAreAProgrammingError() {
        Exchange exchange = new Exchange(null);
        Account account = new Account(d("1"), 0);
        exchange.startGame("g");
        exchange.tick(1, d("1"));
        assertThatThrownBy(() -> exchange.liquidateAtRug(account))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACTIVE");
        assertThatThrownBy(() -> exchange.settleSidebetAtRug(account))
                .isInstanceOf(IllegalStateException.class);
    }
}
