package io.rugdesk.recording;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The one Jackson configuration of the recording format: money and prices are written as exact decimal
 * strings ({@link BigDecimal#toPlainString()}), floats are read as {@link BigDecimal}, paths as strings.
 * Thread: immutable after construction, safe from any thread.
 */
final class RecordingJson {

    static final int SCHEMA = 1;

    static final ObjectMapper MAPPER = createMapper();

    private RecordingJson() {
    }

    private static ObjectMapper createMapper() {
        SimpleModule exactDecimals = new SimpleModule("recording-exact-decimals");
        exactDecimals.addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
            @Override
            public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.toPlainString());
            }
        });
        exactDecimals.addSerializer(Path.class, new StdSerializer<>(Path.class) {
            @Override
            public void serialize(Path value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        return new ObjectMapper()
                .registerModule(exactDecimals)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
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

    /** The fields of any record or bean as a JSON tree (decimals as strings); never throws. */
    static JsonNode fieldsOf(Object value) {
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            ObjectNode fallback = MAPPER.createObjectNode();
            fallback.put("toString", String.valueOf(value));
            fallback.put("serializationError", e.getMessage());
            return fallback;
        }
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
