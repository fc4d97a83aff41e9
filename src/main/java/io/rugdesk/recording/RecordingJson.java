package io.rugdesk.recording;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one Jackson configuration of the recording format: records are JSON trees built field by field by
 * explicit code ({@link GameRecords}, {@link EventRecords}), never by reflection, so renaming a Java class or
 * component cannot change the format. Money and prices are exact decimal strings
 * ({@link BigDecimal#toPlainString()}); floats are read as {@link BigDecimal}.
 * Thread: immutable after construction, safe from any thread.
 */
final class RecordingJson {

    /** The schema this code writes (docs/recording-format.md). */
    static final int SCHEMA = 2;
    /** The oldest schema this code reads. */
    static final int OLDEST_READABLE_SCHEMA = 1;

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RecordingJson() {
    }

    /** A new record object with its {@code type} and {@code t} set. */
    static ObjectNode record(String type, long receivedAt) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", type);
        node.put("t", receivedAt);
        return node;
    }

    /** Exact decimal string, or JSON null. */
    static void putDecimal(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toPlainString());
        }
    }

    /** An integer, or JSON null. */
    static void putInteger(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.intValue());
        }
    }

    /** An enum constant's name, or JSON null. */
    static void putName(ObjectNode node, String field, Enum<?> value) {
        node.put(field, value == null ? null : value.name());
    }

    /** One JSON line including the trailing newline, as UTF-8 bytes. */
    static byte[] line(JsonNode record) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(record);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
