package io.rugdesk.app.history;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bot reports of a recording folder: every {@code *.json} in the folder and in its {@value #SUBFOLDER}
 * subfolder that has the report contract's shape ({@code strategy} text, {@code games} array, {@code summary}
 * object; docs/backtesting.md). {@code bot --json <recordings>/reports/NAME.json} puts a run there. Thread: the
 * caller's (the history's loading thread); stateless.
 */
final class PaperReports {

    /** Where bot reports go beside the recordings. */
    static final String SUBFOLDER = "reports";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PaperReports() {
    }

    /** The report files of {@code folder}, in name order (folder first, then its reports subfolder). */
    static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(folder, folder.resolve(SUBFOLDER))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> listing = Files.list(dir)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                            .sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Reads one report; throws with the reason when the file does not have the contract's shape. */
    static PaperRun read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.path("strategy").isTextual() || !root.path("games").isArray()
                || !root.path("summary").isObject()) {
            throw new IOException("not a bot report (needs strategy, games and summary)");
        }
        List<PaperRun.Game> games = new ArrayList<>();
        for (JsonNode g : root.get("games")) {
            games.add(new PaperRun.Game(g.path("gameId").asText(""), g.path("rugTick").asInt(-1),
                    g.path("fills").asInt(), g.path("sidebets").asInt(), g.path("sidebetsWon").asInt(),
                    decimal(g, "pnl"), decimal(g, "endBalance")));
        }
        JsonNode summary = root.get("summary");
        JsonNode sources = root.path("sources");
        String source = sources.isArray() && !sources.isEmpty() ? sources.get(0).path("source").asText("") : "";
        return new PaperRun(file.getFileName().toString(), root.get("strategy").asText(), source,
                Files.getLastModifiedTime(file).toMillis(), games, summary.path("gamesTraded").asInt(),
                summary.path("fills").asInt(), decimal(summary, "netPnl"), decimal(summary, "winRate"),
                summary.path("stoppedBy").isTextual() ? summary.get("stoppedBy").asText() : null);
    }

    /** An exact decimal from a contract field (money is a decimal string, ratios numbers); null when absent. */
    private static BigDecimal decimal(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw new IOException(field + " is not a decimal: " + value, e);
        }
    }
}
