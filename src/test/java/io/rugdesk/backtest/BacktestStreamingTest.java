package io.rugdesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A run that streams its games (JSON and CSV written game by game, the report keeping only the first few) gives the
 * bytes of a run that kept every game, whatever the threads; the online summary agrees with a two-pass computation
 * written out here; the chart points thin out past their bound.
 */
class BacktestStreamingTest {

    private static final BacktestSettings SETTINGS = new BacktestSettings(StrategyCatalog.builtIn().configure(
            "fixed-ticks", Map.of("amount", "0.5", "sidebetTick", "3", "sidebetAmount", "0.2")), new BigDecimal("1"),
            1, RiskLimits.NONE, 9, true);

    @Test
    void streamedJsonAndCsvAreTheBytesOfTheWholeReport() throws Exception {
        BacktestReport whole = new Backtest(SETTINGS, null).run(List.of(), new GeneratedGames(1200, 5), List.of());
        String wholeJson = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(ReportJson.tree(whole));
        StringWriter written = new StringWriter();
        ReportJson.write(whole, written);
        assertThat(written.toString()).isEqualTo(wholeJson);
        StringWriter wholeCsv = new StringWriter();
        ReportCsv.write(whole, wholeCsv);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            StringWriter json = new StringWriter();
            StringWriter csv = new StringWriter();
            ReportJson.Stream stream = new ReportJson.Stream(json, SETTINGS,
                    Backtest.sources(List.of(), new GeneratedGames(1200, 5)));
            ReportCsv.header(csv);
            BacktestReport streamed = new Backtest(SETTINGS, two).run(List.of(), new GeneratedGames(1200, 5),
                    List.of(), game -> {
                        stream.game(game);
                        ReportCsv.rows(game, csv);
                    }, 10);
            stream.finish(streamed.summary());
            assertThat(streamed.games()).hasSize(10);
            assertThat(streamed.allGamesKept()).isFalse();
            assertThat(streamed.summary()).isEqualTo(whole.summary());
            assertThat(json.toString()).isEqualTo(wholeJson);
            assertThat(csv.toString()).isEqualTo(wholeCsv.toString());
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void theOnlineExpectancyIntervalIsTheTwoPassOne() throws Exception {
        BacktestReport report = new Backtest(SETTINGS, null).run(List.of(), new GeneratedGames(700, 8), List.of());
        List<BigDecimal> traded = new ArrayList<>();
        for (GameResult g : report.games()) {
            if (g.traded()) {
                traded.add(g.pnl());
            }
        }
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal n = BigDecimal.valueOf(traded.size());
        BigDecimal mean = traded.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, mc);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal x : traded) {
            squares = squares.add(x.subtract(mean).multiply(x.subtract(mean)));
        }
        BigDecimal margin = new BigDecimal("1.96").multiply(squares.divide(n.subtract(BigDecimal.ONE), mc).sqrt(mc))
                .divide(n.sqrt(mc), mc);
        Summary s = report.summary();
        assertThat(s.expectancy()).isEqualByComparingTo(mean.setScale(9, RoundingMode.HALF_EVEN));
        assertThat(s.expectancyLow95()).isEqualByComparingTo(mean.subtract(margin).setScale(9, RoundingMode.HALF_EVEN));
        assertThat(s.expectancyHigh95()).isEqualByComparingTo(mean.add(margin).setScale(9, RoundingMode.HALF_EVEN));
    }

    @Test
    void chartPointsKeepEveryGameUpToTheirBoundThenEveryStrideThGame() throws Exception {
        List<GameResult> games = new Backtest(SETTINGS, null).run(List.of(), new GeneratedGames(50, 2), List.of())
                .games();
        GamePoints points = new GamePoints(8);
        for (int i = 0; i < 8; i++) {
            points.add(games.get(i));
        }
        assertThat(points.stride()).isEqualTo(1);
        for (int i = 8; i < 50; i++) {
            points.add(games.get(i));
        }
        // 50 games in at most 8 points: every 8th game (0, 8, …, 48)
        assertThat(points.stride()).isEqualTo(8);
        assertThat(points.size()).isEqualTo(7);
        for (int k = 0; k < points.size(); k++) {
            GameResult g = games.get(k * 8);
            assertThat(points.game(k)).isEqualTo(g.index());
            assertThat(points.balanceAfterNanos(k)).isEqualTo(g.endBalance().movePointRight(9).longValueExact());
            assertThat(points.rugTick(k)).isEqualTo(g.rugTick());
        }
    }
}
