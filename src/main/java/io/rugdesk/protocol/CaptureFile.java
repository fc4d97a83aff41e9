package io.rugdesk.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams the records of a capture file, one at a time (files are megabytes; only the current record is held).
 * Two formats: JSON Lines ({@code {"seq","ts","event","data","direction"?}} a line, fixtures/README.md) and
 * the key-samples object ({@code {"<name>": {"event_type","timestamp_ms","data"}, …}}). A {@code data} that is
 * the 2-element {@code [trace, payload]} list is two arguments (a lone {@code [trace]} one), anything else one
 * argument. Malformed records are skipped, counted and described in {@link #malformed()}, never fatal.
 *
 * <p>{@code ts} is the capturing client's local wall clock without a zone; it is read as if it were UTC, so only
 * differences between records mean anything. Thread: one reading thread.
 */
public final class CaptureFile implements Closeable {

    /** The two capture layouts. */
    public enum Format { JSON_LINES, KEY_SAMPLES }

    /** A record that could not be read: where ({@code line} or sample position) and why. */
    public record Malformed(long position, String reason) { }

    /** How many malformed records are described (all are counted). */
    public static final int MAX_DESCRIBED_MALFORMED = 100;

    private final ObjectMapper mapper = WireJson.mapper();
    private final Format format;
    private final BufferedReader lines;
    private final JsonParser samples;
    private final List<Malformed> malformed = new ArrayList<>();
    private long malformedCount;
    private long position;

    private CaptureFile(Path path) throws IOException {
        this.format = detect(path);
        if (format == Format.JSON_LINES) {
            this.lines = Files.newBufferedReader(path, StandardCharsets.UTF_8);
            this.samples = null;
        } else {
            this.lines = null;
            this.samples = mapper.getFactory().createParser(path.toFile());
            if (samples.nextToken() != JsonToken.START_OBJECT) {
                samples.close();
                throw new IOException(path + " is neither JSON Lines nor a JSON object of samples");
            }
        }
    }

    /** Opens {@code path}; fails only when the file cannot be read or has no recognisable layout. */
    public static CaptureFile open(Path path) throws IOException {
        return new CaptureFile(path);
    }

    private Format detect(Path path) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && line.isBlank()) {
                // skip leading blank lines
            }
            if (line == null) {
                return Format.JSON_LINES;
            }
            try {
                JsonNode first = mapper.readTree(line);
                return first != null && first.isObject() && first.has("event") ? Format.JSON_LINES
                        : Format.KEY_SAMPLES;
            } catch (JacksonException notOneLine) {
                return Format.KEY_SAMPLES;
            }
        }
    }

    public Format format() {
        return format;
    }

    /** The next readable record, or empty at the end of the file. */
    public Optional<CaptureRecord> read() throws IOException {
        return format == Format.JSON_LINES ? readLine() : readSample();
    }

    private Optional<CaptureRecord> readLine() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            position++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(line);
                if (node == null || !node.isObject()) {
                    throw new RejectedPayload("not a JSON object");
                }
                long seq = node.path("seq").canConvertToLong() ? node.path("seq").asLong() : position;
                return Optional.of(record(seq, node.get("event"), node.get("data"), timestamp(node.get("ts")),
                        node.get("direction")));
            } catch (JacksonException syntax) {
                malformed(position, "line " + position + ": malformed JSON: " + syntax.getOriginalMessage());
            } catch (RejectedPayload bad) {
                malformed(position, "line " + position + ": " + bad.reason());
            }
        }
        return Optional.empty();
    }

    private Optional<CaptureRecord> readSample() throws IOException {
        while (true) {
            JsonToken token;
            try {
                token = samples.nextToken();
                if (token != JsonToken.FIELD_NAME) {
                    return Optional.empty();
                }
                position++;
                String name = samples.currentName();
                samples.nextToken();
                JsonNode sample = samples.readValueAsTree();
                try {
                    if (sample == null || !sample.isObject()) {
                        throw new RejectedPayload("not a JSON object");
                    }
                    JsonNode ms = sample.get("timestamp_ms");
                    long receivedAt = ms != null && ms.canConvertToLong() ? ms.asLong() : 0;
                    return Optional.of(record(position, sample.get("event_type"), sample.get("data"), receivedAt,
                            sample.get("direction")));
                } catch (RejectedPayload bad) {
                    malformed(position, "sample " + name + ": " + bad.reason());
                }
            } catch (JacksonException syntax) {
                // the object cannot be resynchronised after a syntax error: report and stop
                malformed(position, "sample " + position + ": malformed JSON: " + syntax.getOriginalMessage());
                return Optional.empty();
            }
        }
    }

    private CaptureRecord record(long seq, JsonNode event, JsonNode data, long receivedAt, JsonNode direction)
            throws IOException {
        if (event == null || !event.isTextual() || event.textValue().isEmpty()) {
            throw new RejectedPayload("no event name");
        }
        CaptureRecord.Direction way = CaptureRecord.Direction.RECEIVED;
        if (direction != null && !direction.isNull()) {
            way = switch (direction.asText()) {
                case "sent" -> CaptureRecord.Direction.SENT;
                case "received" -> CaptureRecord.Direction.RECEIVED;
                default -> throw new RejectedPayload("unknown direction " + Fields.describe(direction));
            };
        }
        return new CaptureRecord(seq, event.textValue(), mapper.writeValueAsString(arguments(data)), receivedAt,
                way);
    }

    /**
     * fixtures/README.md: {@code data} is the argument list when it is {@code [trace, payload]}, else one argument.
     * A list that starts with a trace object but has no payload ({@code [trace]}) is an argument list too, so the
     * codec can say that the payload is missing.
     */
    private ArrayNode arguments(JsonNode data) {
        if (data != null && data.isArray() && data.size() >= 1 && data.size() <= 2
                && data.get(0).path("__trace").asBoolean(false)) {
            return (ArrayNode) data;
        }
        ArrayNode args = mapper.createArrayNode();
        args.add(data == null ? mapper.nullNode() : data);
        return args;
    }

    private static long timestamp(JsonNode ts) {
        if (ts == null || ts.isNull()) {
            return 0;
        }
        if (ts.isNumber()) {
            return ts.asLong();
        }
        String text = ts.asText();
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException noZone) {
            try {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new RejectedPayload("unreadable ts " + Fields.describe(ts));
            }
        }
    }

    private void malformed(long where, String reason) {
        malformedCount++;
        if (malformed.size() < MAX_DESCRIBED_MALFORMED) {
            malformed.add(new Malformed(where, reason));
        }
    }

    /** Records skipped as unreadable so far. */
    public long malformedCount() {
        return malformedCount;
    }

    /** The first {@value #MAX_DESCRIBED_MALFORMED} unreadable records, with reasons. */
    public List<Malformed> malformed() {
        return List.copyOf(malformed);
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
        if (samples != null) {
            samples.close();
        }
    }
}
