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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code fixed-ticks} (buy 0.1 at tick 10, sell at 40, sidebet 0.01 at 5) on the games a client saw in the two
 * public captures and on the revealed games with a session loss limit; the expected P&amp;L of every game is worked
 * out here from the raw JSON and the rules, not by the engine.
 */
class CapturesAndLossLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final BigDecimal AMOUNT = new BigDecimal("0.1");
    private static final BigDecimal STAKE = new BigDecimal("0.01");

    /** A game as seen: ticks (tick, price) in arrival order without late ones, the rug tick and price. */
    private record Seen(String id, List<int[]> ticks, List<BigDecimal> prices, int rugTick, BigDecimal rugPrice) {
    }

    private static List<Seen> capture(Path file) throws Exception {
        Map<String, List<Object>> games = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode record = JSON.readTree(line);
            if (!"gameStateUpdate".equals(record.path("event").asText())) {
                continue;
            }
            JsonNode data = record.path("data");
            JsonNode p = data.isArray() ? data.get(data.size() - 1) : data;
            String id = p.path("gameId").asText("");
            if (id.isEmpty()) {
                continue;
            }
            List<Object> g = games.computeIfAbsent(id, k -> new ArrayList<>(List.of(new ArrayList<int[]>(),
                    new ArrayList<BigDecimal>(), -1, "none")));
            if (!"none".equals(g.get(3)) || !p.path("active").asBoolean(false) || !p.has("tickCount")) {
                continue;
            }
            int tick = p.get("tickCount").asInt();
            if (p.path("rugged").asBoolean(false)) {
                g.set(3, tick + ":" + p.get("price").decimalValue().toPlainString());
            } else if (tick > (int) g.get(2) && p.has("price")) {
                @SuppressWarnings("unchecked") List<int[]> ticks = (List<int[]>) g.get(0);
                @SuppressWarnings("unchecked") List<BigDecimal> prices = (List<BigDecimal>) g.get(1);
                ticks.add(new int[] {tick});
                prices.add(p.get("price").decimalValue());
                g.set(2, tick);
            }
        }
        List<Seen> seen = new ArrayList<>();
        games.forEach((id, g) -> {
            @SuppressWarnings("unchecked") List<int[]> ticks = (List<int[]>) g.get(0);
            @SuppressWarnings("unchecked") List<BigDecimal> prices = (List<BigDecimal>) g.get(1);
            if (!ticks.isEmpty() && !"none".equals(g.get(3))) {
                String[] rug = ((String) g.get(3)).split(":");
                seen.add(new Seen(id, ticks, prices, Integer.parseInt(rug[0]), new BigDecimal(rug[1])));
            }
        });
        return seen;
    }

    private static List<Seen> revealed(Path file) throws Exception {
        List<Seen> seen = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode g = JSON.readTree(line);
            JsonNode prices = g.get("prices");
            List<int[]> ticks = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (int k = 0; k < prices.size() - 1; k++) {
                ticks.add(new int[] {k});
                values.add(prices.get(k).decimalValue());
            }
            seen.add(new Seen(g.get("id").asText(), ticks, values, prices.size() - 1,
                    prices.get(prices.size() - 1).decimalValue()));
        }
        return seen;
    }

    /** Each game's P&amp;L by the rules; a buy or sidebet is refused once the finished games lost ≥ {@code limit}. */
    private static Map<String, BigDecimal> expected(List<Seen> games, BigDecimal limit) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        BigDecimal session = BigDecimal.ZERO;
        for (Seen g : games) {
            boolean allowed = limit == null || session.compareTo(limit.negate()) > 0;
            BigDecimal pnl = BigDecimal.ZERO;
            BigDecimal qty = null;
            boolean bought = false;
            boolean sold = false;
            Integer betAt = null;
            for (int i = 0; i < g.ticks().size(); i++) {
                int t = g.ticks().get(i)[0];
                BigDecimal price = g.prices().get(i);
                if (!bought && t >= 10) {
                    bought = true;
                    if (allowed) {
                        qty = AMOUNT.divide(price, 9, RoundingMode.FLOOR);
                        pnl = pnl.subtract(AMOUNT);
                    }
                }
                if (qty != null && !sold && t >= 40) {
                    sold = true;
                    pnl = pnl.add(qty.multiply(price).setScale(9, RoundingMode.FLOOR));
                    qty = null;
                }
                if (betAt == null && t >= 5) {
                    betAt = t;
                    if (allowed) {
                        pnl = pnl.subtract(STAKE);
                        if (g.rugTick() <= t + 40) {
                            pnl = pnl.add(STAKE.multiply(BigDecimal.valueOf(5)));
                        }
                    }
                }
            }
            if (qty != null) {
                pnl = pnl.add(qty.multiply(g.rugPrice()).setScale(9, RoundingMode.FLOOR));
            }
            session = session.add(pnl);
            out.put(g.id(), pnl);
        }
        return out;
    }

    private static void check(Path file, List<Seen> games, BigDecimal limit, BigDecimal balance) throws Exception {
        Map<String, BigDecimal> expected = expected(games, limit);
        GameSources.Loaded loaded = GameSources.read(List.of(file));
        BacktestSettings settings = new BacktestSettings(StrategyCatalog.builtIn().configure("fixed-ticks",
                Map.of("sidebetTick", "5")), balance, 0, new RiskLimits(limit, null, null), 0, false);
        BacktestReport report = new Backtest(settings, null).run(loaded.games(), null, loaded.sources());
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        report.games().forEach(g -> actual.put(g.gameId(), g.pnl()));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((id, pnl) -> assertThat(actual.get(id)).as(id).isEqualByComparingTo(pnl));
        if (limit != null) {
            assertThat(report.summary().stoppedBy()).isEqualTo("max-session-loss");
            assertThat(report.summary().refusedByReason()).containsKey("MAX_SESSION_LOSS");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"public-2025-12-12.jsonl", "public-2025-12-14.jsonl"})
    void everyGameOfACaptureAsTheRulesSay(String name) throws Exception {
        Path file = Fixtures.require("captures/" + name);
        List<Seen> games = capture(file);
        assertThat(games).isNotEmpty();
        check(file, games, null, BigDecimal.TEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.05", "0.2"})
    void theSessionLossLimitRefusesNewBuysAndSidebets(String limit) throws Exception {
        Path file = Fixtures.revealedGames();
        check(file, revealed(file), new BigDecimal(limit), BigDecimal.TEN);
    }
}
