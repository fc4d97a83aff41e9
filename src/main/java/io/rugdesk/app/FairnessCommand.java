package io.rugdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.verify.FairnessChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rugdesk fairness FILE}: replays every game with a revealed seed in FILE and says whether it was
 * provably fair. FILE is either a JSONL of revealed games (one {@code gameHistory} entry a line) or a capture
 * (JSONL records with {@code event}/{@code data}), whose {@code gameStateUpdate} messages carry the reveals in
 * {@code gameHistory}, or one JSON document holding {@code gameHistory} arrays anywhere (the Feb 2026 key samples,
 * whose reveals carry no prices: there the hash and the peak multiplier are checked). Exit code 0 when all games pass, 1 when any fails, 2 when FILE cannot be read.
 *
 * <p>Thread: main thread only.
 */
@Command(name = "fairness", mixinStandardHelpOptions = true,
        description = "Check the provably-fair seeds and prices of revealed games (JSONL or capture file).")
public final class FairnessCommand implements Callable<Integer> {

    static final int EXIT_FAIL = 1;
    static final int EXIT_UNREADABLE = 2;
    private static final JsonNode EMPTY = JsonNodeFactory.instance.arrayNode();

    @Parameters(index = "0", paramLabel = "FILE", description = "revealed-games JSONL or capture JSONL")
    private Path file;

    @Spec
    private CommandSpec spec;

    /** One revealed game as read from the file. */
    private record Revealed(String id, String seed, String hash, List<BigDecimal> prices, BigDecimal peak,
                            PriceModel model) { }

    /** The file could not be understood; the message says where. */
    private static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Revealed> games;
        try {
            games = read(file);
        } catch (UnreadableFileException e) {
            err.println("fairness: " + e.getMessage());
            err.flush();
            return EXIT_UNREADABLE;
        }
        int failed = 0;
        for (Revealed game : games) {
            FairnessChecker.Verdict verdict = new FairnessChecker(game.model())
                    .check(game.id(), game.hash(), game.seed(), Map.of(), game.prices(), game.peak());
            if (verdict.ok()) {
                out.println(game.id() + " OK" + (game.prices().isEmpty() ? " (" + verdict.details() + ")" : ""));
            } else {
                failed++;
                out.println(game.id() + " FAIL " + verdict.details());
            }
        }
        out.println(games.size() + " games: " + (games.size() - failed) + " OK, " + failed + " FAIL");
        out.flush();
        return failed == 0 ? 0 : EXIT_FAIL;
    }

    private static List<Revealed> read(Path file) throws UnreadableFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + file + ": " + e);
        }
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Map<String, Revealed> games = new LinkedHashMap<>();
        JsonNode document = singleDocument(json, lines);
        if (document != null) {
            for (JsonNode history : document.findValues("gameHistory")) {
                for (JsonNode entry : history) {
                    addIfRevealed(entry, games, file.toString());
                }
            }
            lines = List.of();
        }
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + (index + 1);
            JsonNode record;
            try {
                record = json.readTree(line);
            } catch (JsonProcessingException e) {
                throw new UnreadableFileException(where + " is not JSON: " + e.getOriginalMessage());
            }
            if (record.has("event")) {
                for (JsonNode entry : historyOf(record)) {
                    addIfRevealed(entry, games, where);
                }
            } else if (record.has("id")) {
                if (!addIfRevealed(record, games, where)) {
                    throw new UnreadableFileException(where + ": game " + record.path("id").asText()
                            + " has no provablyFair.serverSeed");
                }
            } else {
                throw new UnreadableFileException(where + " is neither a revealed game (id) nor a capture record"
                        + " (event)");
            }
        }
        if (games.isEmpty()) {
            throw new UnreadableFileException("no game with a revealed seed in " + file);
        }
        return new ArrayList<>(games.values());
    }

    /**
     * A file that is one pretty-printed JSON document (like the Feb 2026 key samples) rather than JSONL: its
     * first line alone is not JSON but the whole file is. Null for JSONL.
     */
    private static JsonNode singleDocument(ObjectMapper json, List<String> lines) {
        if (lines.isEmpty() || lines.size() == 1) {
            return null;
        }
        try {
            json.readTree(lines.get(0));
            return null;
        } catch (JsonProcessingException firstLineIsNotJson) {
            try {
                return json.readTree(String.join("\n", lines));
            } catch (JsonProcessingException notOneDocumentEither) {
                return null;
            }
        }
    }

    /** The {@code gameHistory} of a captured {@code gameStateUpdate} (payload = last argument), else nothing. */
    private static JsonNode historyOf(JsonNode record) {
        if (!"gameStateUpdate".equals(record.path("event").asText())) {
            return EMPTY;
        }
        JsonNode data = record.path("data");
        JsonNode payload = data.isArray() && data.size() > 0 ? data.get(data.size() - 1) : data;
        JsonNode history = payload.path("gameHistory");
        return history.isArray() ? history : EMPTY;
    }

    /** Adds a history entry carrying its seed (first occurrence wins); false when it carries none. */
    private static boolean addIfRevealed(JsonNode entry, Map<String, Revealed> games, String where)
            throws UnreadableFileException {
        JsonNode fair = entry.path("provablyFair");
        String seed = fair.path("serverSeed").asText("");
        String id = entry.path("id").asText("");
        if (seed.isEmpty() || id.isEmpty()) {
            return false;
        }
        if (games.containsKey(id)) {
            return true;
        }
        List<BigDecimal> prices = new ArrayList<>();
        for (JsonNode price : entry.path("prices")) {
            if (!price.isNumber()) {
                throw new UnreadableFileException(where + ": game " + id + " has a non-numeric price " + price);
            }
            prices.add(price.decimalValue());
        }
        boolean v1 = "v1".equals(fair.path("version").asText()) || "v1".equals(entry.path("gameVersion").asText());
        String hash = fair.path("serverSeedHash").isTextual() ? fair.path("serverSeedHash").asText() : null;
        BigDecimal peak = entry.path("peakMultiplier").isNumber() ? entry.path("peakMultiplier").decimalValue() : null;
        games.put(id, new Revealed(id, seed, hash, prices, peak, new PriceModel(v1 ? PriceModel.Version.V1
                : PriceModel.Version.V3)));
        return true;
    }
}
