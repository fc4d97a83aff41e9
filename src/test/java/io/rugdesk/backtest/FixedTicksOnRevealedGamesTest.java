package io.rugdesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code fixed-ticks} on the 24 shared revealed games: every game's P&amp;L computed here from protocol.md
 * §4.5–§4.7 alone (floor9 written out), against the backtest's.
 */
class FixedTicksOnRevealedGamesTest {

    private static final BigDecimal AMOUNT = new BigDecimal("0.1");
    private static final BigDecimal STAKE = new BigDecimal("0.01");
    private static final int BUY_TICK = 10;
    private static final int SELL_TICK = 40;
    private static final int SIDEBET_TICK = 5;

    private static BigDecimal floor9(BigDecimal value) {
        return value.setScale(9, RoundingMode.FLOOR);
    }

    /** The expected P&amp;L of each game, in file order. */
    private static Map<String, BigDecimal> expected(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Map<String, BigDecimal> pnl = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode game = json.readTree(line);
            JsonNode prices = game.get("prices");
            int rugTick = prices.size() - 1;
            BigDecimal rugPrice = prices.get(rugTick).decimalValue();
            BigDecimal result = BigDecimal.ZERO;
            BigDecimal qty = null;
            if (SIDEBET_TICK < rugTick) {
                result = result.subtract(STAKE);                    // staked at tick 5, window 5…45
                if (rugTick <= SIDEBET_TICK + 40) {
                    result = result.add(STAKE.multiply(BigDecimal.valueOf(5)));
                }
            }
            if (BUY_TICK < rugTick) {
                qty = floor9(AMOUNT.divide(prices.get(BUY_TICK).decimalValue(), 30, RoundingMode.FLOOR));
                result = result.subtract(AMOUNT);
                BigDecimal exitPrice = SELL_TICK < rugTick ? prices.get(SELL_TICK).decimalValue() : rugPrice;
                result = result.add(floor9(qty.multiply(exitPrice)));
            }
            pnl.put(game.get("id").asText(), result);
        }
        return pnl;
    }

    @Test
    void everyGameAsTheRulesSay() throws Exception {
        Path file = Fixtures.revealedGames();
        Map<String, BigDecimal> expected = expected(file);
        assertThat(expected).hasSize(24);

        GameSources.Loaded loaded = GameSources.read(List.of(file));
        BacktestSettings settings = new BacktestSettings(StrategyCatalog.builtIn().configure("fixed-ticks",
                Map.of("buyTick", "10", "amount", "0.1", "sellTick", "40", "sidebetTick", "5",
                        "sidebetAmount", "0.01")), BigDecimal.TEN, 0, RiskLimits.NONE, 0, true);
        BacktestReport report = new Backtest(settings, null).run(loaded.games(), null, loaded.sources());

        List<String> ids = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (GameResult game : report.games()) {
            ids.add(game.gameId());
            assertThat(game.pnl()).as(game.gameId()).isEqualByComparingTo(expected.get(game.gameId()));
            sum = sum.add(game.pnl());
        }
        assertThat(ids).containsExactlyElementsOf(expected.keySet());
        assertThat(report.summary().endBalance()).isEqualByComparingTo(BigDecimal.TEN.add(sum));
        assertThat(report.summary().sidebetsWon() + report.summary().sidebetsLost()).isEqualTo(24);
        assertThat(report.sources()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("revealed");
            assertThat(s.skipped()).isNull();
        });
    }
}
