package io.rugdesk.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.SideBetInfo;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The real numbers of protocol.md §2.3 / §3.2 (DT-Q2) and the rules of §4.5–§4.7. */
class PlayerAccountGoldenTest {

    private static final BigDecimal TICK_PRICE = new BigDecimal("1.4444769765026393");

    private static BigDecimal sol(String value) {
        return new BigDecimal(value);
    }

    /** Presale buy of 0.002 at 1.0, then 0.002 at the tick price: the server's playerUpdate numbers. */
    private static PlayerAccount dtq2() {
        return PlayerAccount.withCash(sol("0.09903525")).buy(sol("0.002"), BigDecimal.ONE).buy(sol("0.002"), TICK_PRICE);
    }

    @Test
    void twoBuysReproduceTheServersPlayerUpdateExactly() {
        PlayerAccount state = dtq2();
        assertThat(state.cash()).isEqualByComparingTo("0.09503525");
        assertThat(state.lots().get(1).qty()).isEqualByComparingTo("0.001384584");
        assertThat(state.positionQty()).isEqualByComparingTo("0.003384584");
        assertThat(state.avgCost()).isEqualByComparingTo("1.181828845");
        assertThat(state.totalInvested()).isEqualByComparingTo("0.004");
        assertThat(state.gamePnl(TICK_PRICE)).isEqualByComparingTo("0.000888953");
    }

    @Test
    void basisPlusAmountWouldMissTheServersAvgCostByMoreThanItsOwnRounding() {
        BigDecimal naive = sol("0.004").divide(sol("0.003384584"), 9, java.math.RoundingMode.DOWN);
        assertThat(naive).isNotEqualByComparingTo("1.181828845");
        assertThat(dtq2().avgCost()).isEqualByComparingTo("1.181828845");
    }

    @Test
    void partialSellConsumesThePresaleLotFirstSoAvgCostRises() {
        PlayerAccount sold = dtq2().sell(50, TICK_PRICE);
        // floor9(0.003384584 × 0.5) = 0.001692292 taken from the 0.002 lot bought at 1.0
        assertThat(sold.positionQty()).isEqualByComparingTo("0.001692292");
        assertThat(sold.lots()).hasSize(2);
        assertThat(sold.lots().get(0).qty()).isEqualByComparingTo("0.000307708");
        assertThat(sold.avgCost()).isGreaterThan(dtq2().avgCost());
        assertThat(sold.cash()).isEqualByComparingTo(sol("0.09503525").add(Money.value(sol("0.001692292"), TICK_PRICE)));
        assertThat(sold.totalInvested()).isEqualByComparingTo("0.004");
    }

    @Test
    void singleLotPartialSellKeepsAvgCost() {
        PlayerAccount one = PlayerAccount.withCash(sol("1")).buy(sol("0.5"), sol("1.2345"));
        PlayerAccount sold = one.sell(25, sol("2"));
        assertThat(sold.avgCost()).isEqualByComparingTo(one.avgCost());
    }

    @Test
    void sellAllAtAPriceRealisesTheDifference() {
        PlayerAccount state = PlayerAccount.withCash(sol("1")).buy(sol("0.1"), BigDecimal.ONE).sell(100, sol("1.5"));
        assertThat(state.positionQty()).isZero();
        assertThat(state.avgCost()).isZero();
        assertThat(state.cash()).isEqualByComparingTo("1.05");
        assertThat(state.realisedPnl()).isEqualByComparingTo("0.05");
        assertThat(state.totalInvested()).isEqualByComparingTo("0.1");
    }

    @Test
    void sidebetWinsAtTheEndTickInclusiveAndPaysFiveTimes() {
        PlayerAccount placed = PlayerAccount.withCash(sol("1")).placeSidebet(sol("0.001"), 264);
        assertThat(placed.sidebet().endTick()).isEqualTo(304);
        assertThat(placed.cash()).isEqualByComparingTo("0.999");
        assertThat(placed.totalInvested()).isEqualByComparingTo("0.001");
        assertThat(placed.settleSidebetAtRug(304).sidebetPnl()).isEqualByComparingTo("0.004");
        assertThat(placed.settleSidebetAtRug(305).sidebetPnl()).isEqualByComparingTo("-0.001");
    }

    /** DT-Q3 (protocol.md §2.7, §4.6): a lost 0.001 bet, then a 0.001 bet 264→304 paid 0.005 at tick 273. */
    @Test
    void theRealSidebetSequenceEndsWithSidebetPnlPlusThreeThousandths() {
        PlayerAccount lostFirst = PlayerAccount.withCash(sol("1")).placeSidebet(sol("0.001"), 200).expireSidebet(241);
        assertThat(lostFirst.sidebetPnl()).isEqualByComparingTo("-0.001");
        PlayerAccount won = lostFirst.placeSidebet(sol("0.001"), 264)
                .liquidateAtRug(sol("0.009250309566210552"), 273);
        assertThat(won.cash()).isEqualByComparingTo("1.003");
        assertThat(won.sidebetPnl()).isEqualByComparingTo("0.003");
        assertThat(won.hasOpenSidebet()).isFalse();
    }

    @Test
    void sidebetIsLostAtTheRunningTickThatEndsItsWindow() {
        PlayerAccount placed = PlayerAccount.withCash(sol("1")).placeSidebet(sol("0.01"), 0);
        assertThat(placed.expireSidebet(39)).isEqualTo(placed);
        PlayerAccount lost = placed.expireSidebet(40);   // protocol.md §4.7: the next bet may start at tick 40
        assertThat(lost.placeSidebet(sol("0.01"), 40).sidebet().startTick()).isEqualTo(40);
        assertThat(lost.hasOpenSidebet()).isFalse();
        assertThat(lost.cash()).isEqualByComparingTo("0.99");
        assertThat(lost.gamePnl(BigDecimal.ONE)).isEqualByComparingTo("-0.01");
        assertThatThrownBy(() -> placed.placeSidebet(sol("0.01"), 5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void totalInvestedAddsTheSidebetStakeAsHighWaterMark() {
        PlayerAccount state = PlayerAccount.withCash(sol("2")).buy(sol("0.75"), BigDecimal.ONE).placeSidebet(sol("0.05"), 3);
        assertThat(state.totalInvested()).isEqualByComparingTo("0.80");
        assertThat(state.sell(100, sol("2")).totalInvested()).isEqualByComparingTo("0.80");
    }

    @Test
    void rugLiquidatesTheWholePositionAtTheRugPrice() {
        PlayerAccount rugged = dtq2().liquidateAtRug(sol("0.005"), 120);
        assertThat(rugged.positionQty()).isZero();
        assertThat(rugged.cash()).isEqualByComparingTo(sol("0.09503525").add(Money.value(sol("0.003384584"), sol("0.005"))));
        assertThat(rugged.gamePnl(sol("0.005"))).isEqualByComparingTo(rugged.realisedPnl());
        PlayerAccount next = rugged.newGame();
        assertThat(next.cash()).isEqualByComparingTo(rugged.cash());
        assertThat(next.totalInvested()).isZero();
        assertThat(next.gamePnl(BigDecimal.ONE)).isZero();
    }

    @Test
    void adoptingTheServerStateReproducesItsNumbers() {
        PlayerUpdate update = new PlayerUpdate(Stamp.local(1, 0), "did:privy:x", true, sol("0.09503525"),
                sol("0.003384584"), sol("1.181828845"), sol("0.000888953"), sol("0.004"), sol("44.44765"),
                BigDecimal.ZERO, new SideBetInfo(10, "g", 50, sol("0.001"), sol("5"), "So1"));
        PlayerAccount adopted = PlayerAccount.fromServer(AccountFigures.of(update), TICK_PRICE);
        assertThat(adopted.cash()).isEqualByComparingTo("0.09503525");
        assertThat(adopted.positionQty()).isEqualByComparingTo("0.003384584");
        assertThat(adopted.avgCost()).isEqualByComparingTo("1.181828845");
        assertThat(adopted.totalInvested()).isEqualByComparingTo("0.004");
        assertThat(adopted.gamePnl(TICK_PRICE)).isEqualByComparingTo("0.000888953");
        assertThat(adopted.sidebet()).isEqualTo(new OpenSidebet(10, 50, sol("0.001"), sol("5")));
    }

    @Test
    void impossibleTradesAreRefusedWithAReason() {
        PlayerAccount state = PlayerAccount.withCash(sol("0.01"));
        assertThatThrownBy(() -> state.buy(sol("0.02"), BigDecimal.ONE)).hasMessageContaining("exceeds cash");
        assertThatThrownBy(() -> state.sell(10, BigDecimal.ONE)).hasMessageContaining("nothing to sell");
        assertThatThrownBy(() -> state.sell(0, BigDecimal.ONE)).hasMessageContaining("1..100");
        assertThatThrownBy(() -> state.buy(BigDecimal.ZERO, BigDecimal.ONE)).hasMessageContaining("positive");
    }
}
