package io.rugdesk.backtest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.risk.RiskLimits;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * The JSON report (issue 12's contract): {@code strategy}, {@code params}, {@code sources}, {@code settings},
 * {@code games} in order, {@code summary}. Money is an exact decimal string ({@code "-0.009456013"}, {@code "10"});
 * ratios are numbers. Every object is written in a fixed key order, so the same run gives the same bytes.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportJson() {
    }

    /** The decimal text of an amount of SOL: no exponent, no trailing zeros ({@code 0} for zero). */
    public static String money(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** The report of every game kept in {@code report} (all of them when it kept all). */
    public static void write(BacktestReport report, Writer out) throws IOException {
        Stream stream = new Stream(out, report.settings(), report.sources());
        for (GameResult g : report.games()) {
            stream.game(g);
        }
        stream.finish(report.summary());
    }

    /**
     * The same bytes as {@link #write}, written while the run goes: the head (strategy, params, sources, settings)
     * at once, each game as it is final, the summary at the end; nothing is kept. Thread: its owner's.
     */
    public static final class Stream {
        private final JsonGenerator json;

        public Stream(Writer out, BacktestSettings settings, java.util.List<SourceEntry> sources) throws IOException {
            json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
            json.writeStartObject();
            ObjectNode head = head(settings, sources);
            for (var field : head.properties()) {
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeFieldName("games");
            json.writeStartArray();
        }

        public void game(GameResult g) throws IOException {
            json.writeTree(gameNode(MAPPER.createObjectNode(), g));
        }

        public void finish(Summary summary) throws IOException {
            json.writeEndArray();
            json.writeFieldName("summary");
            json.writeTree(summary(summary));
            json.writeEndObject();
            json.flush();
        }
    }

    /** The whole report as one tree (every game kept in {@code report}). */
    public static ObjectNode tree(BacktestReport report) {
        ObjectNode root = head(report.settings(), report.sources());
        ArrayNode games = root.putArray("games");
        for (GameResult g : report.games()) {
            gameNode(games.addObject(), g);
        }
        root.set("summary", summary(report.summary()));
        return root;
    }

    private static ObjectNode head(BacktestSettings settings, java.util.List<SourceEntry> reportSources) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("strategy", settings.strategy().name());
        ObjectNode params = root.putObject("params");
        settings.strategy().parameters().asText().forEach(params::put);
        ArrayNode sources = root.putArray("sources");
        for (SourceEntry s : reportSources) {
            ObjectNode node = sources.addObject().put("source", s.source()).put("kind", s.kind())
                    .put("games", s.games()).put("skipped", s.skipped());
            if (s.note() != null) {
                node.put("note", s.note());
            }
        }
        ObjectNode set = root.putObject("settings");
        set.put("startBalance", money(settings.startBalance())).put("latencyTicks", settings.latencyTicks())
                .put("seed", settings.seed()).put("parallel", settings.parallelizable());
        RiskLimits limits = settings.limits();
        set.put("maxSessionLoss", money(limits.maxSessionLoss())).put("maxPosition", money(limits.maxPosition()))
                .put("stopAfterLosses", limits.stopAfterLosses());
        return root;
    }

    private static ObjectNode gameNode(ObjectNode node, GameResult g) {
        node.put("gameId", g.gameId()).put("source", g.source()).put("firstTick", g.firstTick())
                .put("joinedMidGame", g.joinedMidGame()).put("rugTick", g.rugTick())
                .put("rugPrice", money(g.rugPrice())).put("pnl", money(g.pnl()))
                .put("endBalance", money(g.endBalance())).put("fills", g.fills()).put("sidebets", g.sidebets())
                .put("sidebetsWon", g.sidebetsWon()).put("refused", g.refused())
                .put("ticksHeld", g.ticksHeld()).put("lateTicks", g.lateTicks()).put("failed", g.failed());
        if (g.serverSeed() != null) {
            node.put("serverSeed", g.serverSeed()).put("serverSeedHash", g.serverSeedHash());
        }
        orderPrices(node, g);
        return node;
    }

    /**
     * {@code orders}, only where the rows know the price the strategy decided on (bot runs): per fill or sidebet
     * the decided and filled tick, the expected and filled price and the slippage. Backtest games have none, so
     * their JSON stays as it was.
     */
    private static void orderPrices(ObjectNode node, GameResult g) {
        ArrayNode orders = null;
        for (FillRow row : g.fillRows()) {
            if (row.expectedPrice() == null) {
                continue;
            }
            if (orders == null) {
                orders = node.putArray("orders");
            }
            orders.addObject().put("kind", row.kind()).put("decidedTick", row.decidedTick()).put("tick", row.tick())
                    .put("expectedPrice", money(row.expectedPrice())).put("price", money(row.price()))
                    .put("slippage", money(row.slippage())).put("amount", money(row.amount()));
        }
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("games", s.games()).put("gamesTraded", s.gamesTraded()).put("gamesFailed", s.gamesFailed())
                .put("fills", s.fills()).put("netPnl", money(s.netPnl()))
                .put("startBalance", money(s.startBalance())).put("endBalance", money(s.endBalance()))
                .put("returnPct", s.returnPct()).put("winRate", s.winRate()).put("profitFactor", s.profitFactor())
                .put("expectancy", money(s.expectancy()));
        node.putArray("expectancy95").add(money(s.expectancyLow95())).add(money(s.expectancyHigh95()));
        node.put("maxDrawdown", money(s.maxDrawdown())).put("maxDrawdownPct", s.maxDrawdownPct())
                .put("longestLosingStreak", s.longestLosingStreak());
        node.set("bestGame", game(s.bestGame()));
        node.set("worstGame", game(s.worstGame()));
        node.put("avgTicksHeld", s.avgTicksHeld()).put("sidebets", s.sidebets())
                .put("sidebetsWon", s.sidebetsWon()).put("sidebetsLost", s.sidebetsLost())
                .put("sidebetWinRate", s.sidebetWinRate())
                .put("sidebetTheoreticalWinRate", s.sidebetTheoreticalWinRate())
                .put("refused", s.refused());
        ObjectNode reasons = node.putObject("refusedByReason");
        s.refusedByReason().forEach(reasons::put);
        node.put("lateTicks", s.lateTicks()).put("joinedMidGame", s.joinedMidGame())
                .put("stoppedBy", s.stoppedBy());
        return node;
    }

    private static ObjectNode game(GameResult g) {
        return g == null ? null : MAPPER.createObjectNode().put("gameId", g.gameId()).put("pnl", money(g.pnl()));
    }
}
