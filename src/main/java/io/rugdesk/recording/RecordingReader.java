package io.rugdesk.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a recording back (schema 2, and schema 1 files written before it) and validates it: every line parses
 * as a JSON object with a {@code type} and a {@code t}, the first line is a header of a known schema, the last
 * a footer, ticks that are not late strictly increase, a late tick is not newer than the last tick before it,
 * and the footer's tick count matches. Problems are collected, never thrown: bad input gives a
 * {@link Recording} whose {@link Recording#problems()} say what is wrong, with everything readable kept.
 *
 * <p>The records between header and footer come back as one list in file order, which is arrival order
 * ({@link Recording#records()}): replays and backtests walk it as it was received.
 *
 * <p>Thread: stateless; any thread.
 */
public final class RecordingReader {

    /** The first line. {@code player} and {@code settings} stay JSON (their content may grow). */
    public record Header(long t, int schema, String gameId, boolean joinedMidGame, JsonNode player, String server,
                         String client, JsonNode settings, String serverSeedHash) { }

    /** A record between header and footer, in file (arrival) order. */
    public sealed interface Entry permits Tick, Other {
        /** The record's {@code type}. */
        String type();

        /** Receive time, ms since the epoch. */
        long t();
    }

    /**
     * A price the client received. {@code late}: older than a tick received before it (the live model ignored
     * it; schema 1 files never hold one). {@code seq} is 0 in schema 1 files.
     */
    public record Tick(long t, long seq, int tick, BigDecimal price, String phase, boolean late) implements Entry {
        @Override
        public String type() {
            return "tick";
        }
    }

    /** Any other record (phase, gameEnded, seedRevealed, serverState, orderSubmitted, …) as JSON. */
    public record Other(String type, long t, JsonNode node) implements Entry { }

    /**
     * The last line. {@code fair} and {@code serverSeed} are null when unknown; {@code ticks} counts the ticks
     * that are not late, {@code lateTicks} the late ones (0 in schema 1).
     */
    public record Footer(long t, String gameId, Outcome outcome, long ticks, long lateTicks, Integer rugTick,
                         BigDecimal rugPrice, String serverSeed, Boolean fair, JsonNode summary) { }

    /** A file read back; {@code header}/{@code footer} null when missing; {@code records} in file order. */
    public record Recording(Path file, Header header, List<Entry> records, Footer footer, List<String> problems) {
        public Recording {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }

        /** True when the file passed every check. */
        public boolean valid() {
            return problems.isEmpty();
        }

        /** The game id of the header, else of the footer; null when neither says. */
        public String gameId() {
            return header != null && header.gameId() != null ? header.gameId()
                    : footer != null ? footer.gameId() : null;
        }

        /** The ticks the live model took (not late), in order. */
        public List<Tick> ticks() {
            return records.stream().filter(Tick.class::isInstance).map(Tick.class::cast).filter(t -> !t.late())
                    .toList();
        }

        /** The late ticks, in arrival order. */
        public List<Tick> lateTicks() {
            return records.stream().filter(Tick.class::isInstance).map(Tick.class::cast).filter(Tick::late)
                    .toList();
        }

        /** Every record that is not a tick, in file order. */
        public List<Other> others() {
            return records.stream().filter(Other.class::isInstance).map(Other.class::cast).toList();
        }
    }

    private static final int MAX_PROBLEMS = 100;

    /** Reads and validates {@code file}; only a file that cannot be read at all throws. */
    public Recording read(Path file) throws IOException {
        Header header = null;
        Footer footer = null;
        List<Entry> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int lineNumber = 0;
        long ticks = 0;
        Integer lastTick = null;
        String lastType = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                JsonNode node = parse(line, lineNumber, problems);
                if (node == null) {
                    lastType = null;
                    continue;
                }
                String type = node.path("type").asText("");
                long t = node.path("t").asLong();
                if (!node.path("t").isIntegralNumber()) {
                    problem(problems, "line " + lineNumber + ": no integer t");
                }
                if (lineNumber == 1 && !"header".equals(type)) {
                    problem(problems, "line 1 is a " + type + " record, not the header");
                }
                if (footer != null) {
                    problem(problems, "line " + lineNumber + ": record after the footer");
                }
                switch (type) {
                    case "header" -> {
                        if (lineNumber != 1) {
                            problem(problems, "line " + lineNumber + ": header not on the first line");
                        } else {
                            header = header(node, t);
                            if (header.schema() < RecordingJson.OLDEST_READABLE_SCHEMA
                                    || header.schema() > RecordingJson.SCHEMA) {
                                problem(problems, "unsupported schema " + header.schema());
                            }
                        }
                    }
                    case "tick" -> {
                        Tick tick = tick(node, t, lineNumber, problems);
                        if (tick != null) {
                            if (tick.late()) {
                                if (lastTick == null || tick.tick() > lastTick) {
                                    problem(problems, "line " + lineNumber + ": tick " + tick.tick()
                                            + " is marked late but no newer tick came before it");
                                }
                            } else {
                                if (lastTick != null && tick.tick() <= lastTick) {
                                    problem(problems, "line " + lineNumber + ": tick " + tick.tick()
                                            + " does not follow tick " + lastTick);
                                }
                                lastTick = tick.tick();
                                ticks++;
                            }
                            records.add(tick);
                        }
                    }
                    case "footer" -> footer = footer(node, t, lineNumber, problems);
                    default -> records.add(new Other(type, t, node));
                }
                lastType = type;
            }
        }
        if (lineNumber == 0) {
            problem(problems, "empty file");
        } else if (!"footer".equals(lastType)) {
            problem(problems, "last line is not a footer");
        }
        if (footer != null && footer.ticks() != ticks) {
            problem(problems, "footer says " + footer.ticks() + " ticks, file has " + ticks);
        }
        return new Recording(file, header, records, footer, problems);
    }

    private static JsonNode parse(String line, int lineNumber, List<String> problems) {
        try {
            JsonNode node = RecordingJson.MAPPER.readTree(line);
            if (node == null || !node.isObject() || !node.path("type").isTextual()) {
                problem(problems, "line " + lineNumber + ": not a JSON object with a type");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problem(problems, "line " + lineNumber + ": does not parse (" + e.getOriginalMessage() + ")");
            return null;
        }
    }

    private static Header header(JsonNode node, long t) {
        return new Header(t, node.path("schema").asInt(-1), text(node, "gameId"),
                node.path("joinedMidGame").asBoolean(),
                node.get("player"), text(node, "server"), text(node, "client"), node.get("settings"),
                text(node, "serverSeedHash"));
    }

    private static Tick tick(JsonNode node, long t, int lineNumber, List<String> problems) {
        BigDecimal price = decimal(node, "price");
        if (!node.path("tick").canConvertToInt() || price == null) {
            problem(problems, "line " + lineNumber + ": tick without an integer tick and a decimal string price");
            return null;
        }
        return new Tick(t, node.path("seq").asLong(), node.get("tick").intValue(), price, text(node, "phase"),
                node.path("late").asBoolean(false));
    }

    private static Footer footer(JsonNode node, long t, int lineNumber, List<String> problems) {
        Outcome outcome = Outcome.fromWireName(text(node, "outcome"));
        if (outcome == null) {
            problem(problems, "line " + lineNumber + ": unknown outcome " + node.get("outcome"));
        }
        JsonNode rugTick = node.path("rugTick");
        JsonNode fair = node.path("fair");
        return new Footer(t, text(node, "gameId"), outcome, node.path("ticks").asLong(),
                node.path("lateTicks").asLong(), rugTick.canConvertToInt() ? rugTick.intValue() : null, decimal(node, "rugPrice"),
                text(node, "serverSeed"), fair.isBoolean() ? fair.booleanValue() : null, node.get("summary"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void problem(List<String> problems, String text) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(text);
        }
    }
}
