package io.rugdesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The same games, strategy and parameters give byte-identical JSON whatever the number of threads. */
class BacktestDeterminismTest {

    private static String json(BacktestSettings settings, ExecutorService executor) throws Exception {
        BacktestReport report = new Backtest(settings, executor).run(List.of(), new GeneratedGames(1500, 5),
                List.of());
        StringWriter out = new StringWriter();
        ReportJson.write(report, out);
        return out.toString();
    }

    @Test
    void oneThreadAndFourThreadsWriteTheSameBytes() throws Exception {
        // a small balance, so some games need a replay on the real balance (the parallel guess fails)
        BacktestSettings settings = new BacktestSettings(StrategyCatalog.builtIn().configure("fixed-ticks",
                Map.of("amount", "0.5", "sidebetTick", "3", "sidebetAmount", "0.2")), new BigDecimal("1"), 1,
                new RiskLimits(null, new BigDecimal("2"), null), 9, false);
        assertThat(settings.parallelizable()).isTrue();
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            String inline = json(settings, null);
            String oneWorker = json(settings, Executors.newSingleThreadExecutor());
            String fourWorkers = json(settings, four);
            assertThat(oneWorker).isEqualTo(inline);
            assertThat(fourWorkers).isEqualTo(inline);
            assertThat(inline).contains("\"INSUFFICIENT_CASH\"");   // the replay path was taken
        } finally {
            four.shutdownNow();
        }
    }

    @Test
    void parallelModeGivesWhatOneInstanceGameAfterGameGives() throws Exception {
        // fixed-ticks keeps no state across games, so both modes must agree game by game
        BacktestSettings parallel = new BacktestSettings(StrategyCatalog.builtIn().configure("fixed-ticks",
                Map.of("amount", "0.5")), new BigDecimal("1"), 0, RiskLimits.NONE, 0, false);
        BacktestSettings sequential = new BacktestSettings(parallel.strategy(), new BigDecimal("1"), 0,
                new RiskLimits(new BigDecimal("1000"), null, null), 0, false);
        assertThat(sequential.parallelizable()).isFalse();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<GameResult> a = new Backtest(parallel, two).run(List.of(), new GeneratedGames(800, 3), List.of())
                    .games();
            List<GameResult> b = new Backtest(sequential, null).run(List.of(), new GeneratedGames(800, 3),
                    List.of()).games();
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i).endBalance()).as("game %d", i).isEqualByComparingTo(b.get(i).endBalance());
                assertThat(a.get(i).refusedByReason()).isEqualTo(b.get(i).refusedByReason());
            }
        } finally {
            two.shutdownNow();
        }
    }
}
