package io.rugdesk.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random games of buys, partial sells, sidebets and rugs: invariants that must hold after every step. */
class PlayerAccountPropertyTest {

    private static final BigDecimal START_CASH = new BigDecimal("10");

    static LongStream seeds() {
        return LongStream.range(1, 61);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantsHoldThroughARandomGame(long seed) {
        Random random = new Random(seed);
        PlayerAccount state = PlayerAccount.withCash(START_CASH);
        BigDecimal price = BigDecimal.ONE;
        for (int tick = 0; tick < 300; tick++) {
            price = price.multiply(BigDecimal.valueOf(900 + random.nextInt(220), 3)).setScale(16, RoundingMode.DOWN);
            PlayerAccount before = state;
            int action = random.nextInt(10);
            if (action < 3 && state.cash().compareTo(Money.MIN_ORDER) >= 0) {
                state = state.buy(randomAmount(random, state.cash()), price);
                assertThat(state.positionQty()).isGreaterThan(before.positionQty());
            } else if (action < 6 && state.hasPosition()
                    && state.quantityToSell(1 + random.nextInt(100)).signum() > 0) {
                int pct = 1 + random.nextInt(100);
                if (state.quantityToSell(pct).signum() > 0) {
                    state = state.sell(pct, price);
                    assertFifo(before, state);
                }
            } else if (action == 6 && !state.hasOpenSidebet() && state.cash().compareTo(Money.MIN_ORDER) >= 0) {
                state = state.placeSidebet(randomAmount(random, state.cash()), tick);
            } else {
                state = state.expireSidebet(tick);
            }
            assertInvariants(state, price);
            assertThat(state.totalInvested()).isGreaterThanOrEqualTo(before.totalInvested());
        }
        PlayerAccount rugged = state.liquidateAtRug(new BigDecimal("0.0042"), 300);
        assertThat(rugged.positionQty()).isZero();
        assertThat(rugged.hasOpenSidebet()).isFalse();
        assertInvariants(rugged, price);
    }

    private static BigDecimal randomAmount(Random random, BigDecimal cash) {
        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(2_000_000), 6).max(Money.MIN_ORDER);
        return amount.min(Money.floor9(cash));
    }

    private static void assertInvariants(PlayerAccount state, BigDecimal price) {
        assertThat(state.cash()).isNotNegative();
        assertThat(state.positionQty()).isNotNegative();
        assertThat(state.lots()).allSatisfy(lot -> assertThat(lot.qty()).isPositive());
        BigDecimal stake = state.hasOpenSidebet() ? state.sidebet().amount() : BigDecimal.ZERO;
        // no fees: every SOL is in cash, in the open position's purchase amount, in the stake, or was won/lost
        assertThat(state.cash().add(state.investedAmount()).add(stake)
                .subtract(state.realisedPnl()).subtract(state.sidebetPnl())).isEqualByComparingTo(START_CASH);
        // marked to market the same identity holds with this game's P&L
        assertThat(state.cash().add(Money.value(state.positionQty(), price)).add(stake))
                .isEqualByComparingTo(START_CASH.add(state.gamePnl(price)));
        if (state.hasPosition()) {
            BigDecimal minPrice = state.lots().stream().map(Lot::price).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal maxPrice = state.lots().stream().map(Lot::price).max(BigDecimal::compareTo).orElseThrow();
            // each lot's basis is truncated to 9 decimals, so the average may sit up to 1e-9 per lot (plus the
            // final truncation) per token below the cheapest lot
            BigDecimal truncationSlack = BigDecimal.valueOf(state.lots().size() + 1L, 9)
                    .divide(state.positionQty(), 18, RoundingMode.UP);
            BigDecimal lowest = minPrice.subtract(truncationSlack).subtract(new BigDecimal("1e-9"));
            assertThat(state.avgCost()).isBetween(lowest, maxPrice);
        } else {
            assertThat(state.avgCost()).isZero();
        }
    }

    /** A sell removes exactly the sold quantity from the oldest lots; the newer lots are untouched. */
    private static void assertFifo(PlayerAccount before, PlayerAccount after) {
        BigDecimal sold = before.positionQty().subtract(after.positionQty());
        assertThat(sold).isPositive();
        List<Lot> old = before.lots();
        List<Lot> now = after.lots();
        int untouched = now.size() - 1;
        for (int i = 1; i <= untouched; i++) {
            assertThat(now.get(now.size() - i)).isEqualTo(old.get(old.size() - i));
        }
        if (!now.isEmpty()) {
            Lot first = now.get(0);
            Lot source = old.get(old.size() - now.size());
            assertThat(first.price()).isEqualByComparingTo(source.price());
            assertThat(first.qty()).isLessThanOrEqualTo(source.qty());
        }
    }
}
