package io.rugdesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The window's hooks: progress counts games in order, and an interrupt ends the run after the game in hand. */
class BacktestProgressTest {

    private static BacktestSettings settings(RiskLimits limits) {
        return new BacktestSettings(StrategyCatalog.builtIn().configure("fixed-ticks", Map.of()), BigDecimal.TEN, 0,
                limits, 1, false);
    }

    @Test
    void progressCountsEveryGameInOrderInBothModes() throws Exception {
        for (RiskLimits limits : List.of(RiskLimits.NONE, new RiskLimits(new BigDecimal("1000"), null, null))) {
            List<Long> seen = new ArrayList<>();
            BacktestReport report = new Backtest(settings(limits), null, seen::add)
                    .run(List.of(), new GeneratedGames(300, 4), List.of());
            assertThat(report.games()).hasSize(300);
            assertThat(seen).hasSize(300).first().isEqualTo(1L);
            assertThat(seen).isSorted().last().isEqualTo(300L);
        }
    }

    @Test
    void anInterruptStopsTheRunAfterTheGameInHandInBothModes() {
        for (RiskLimits limits : List.of(RiskLimits.NONE, new RiskLimits(new BigDecimal("1000"), null, null))) {
            List<Long> seen = new ArrayList<>();
            Backtest backtest = new Backtest(settings(limits), null, done -> {
                seen.add(done);
                if (done == 3) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThatThrownBy(() -> backtest.run(List.of(), new GeneratedGames(1_000, 4), List.of()))
                    .isInstanceOf(InterruptedException.class);
            assertThat(seen).containsExactly(1L, 2L, 3L);
            assertThat(Thread.interrupted()).as("the interrupt was taken by the run").isFalse();
        }
    }
}
