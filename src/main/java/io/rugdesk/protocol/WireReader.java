package io.rugdesk.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over a frame's argument list that keeps only what a {@link Schema} names: no tree, no map
 * per object, a {@code BigDecimal} only for a kept fractional number. It judges nothing: a kept value of the
 * wrong JSON type is kept as a {@link Mismatch} naming what it was, and {@link Fields} turns it into a reason
 * only when a decoder reads it, in the decoder's order. So the reasons are those of a frame parsed whole into
 * a tree first: the parser's own limits (depth, number and string length, syntax) are met anywhere in the
 * frame before any field is judged. Skipped strings are still read, because only reading one checks its
 * length. Thread: stateless, any thread.
 */
final class WireReader {

    /** A value whose JSON type is not its field's kind, as a reason describes it ({@link Fields#describe}). */
    record Mismatch(String description) { }

    /** The kept fields of one JSON object. For an argument, also what its trace keys say. */
    static final class Kept {
        private final Schema schema;
        private final Object[] values;
        private long present;
        private boolean traceTrue;
        private boolean otherThanTraceKeys;

        Kept(Schema schema) {
            this.schema = schema;
            this.values = new Object[schema.size()];
        }

        /** The value read for {@code field}: null when absent or JSON null. */
        Object get(String field) {
            return values[schema.requiredSlot(field)];
        }

        /** Whether the key was there at all, even with null. */
        boolean has(String field) {
            int slot = schema.slot(field);
            return slot >= 0 && (present & (1L << slot)) != 0;
        }

        /** Whether every key of {@code mask} ({@link Schema#mask}) was there. */
        boolean hasAll(long mask) {
            return (present & mask) == mask;
        }

        /** Only {@code __trace} (true) and {@code traceparent}: the tracing argument (protocol.md §1.8). */
        boolean traceOnly() {
            return traceTrue && !otherThanTraceKeys;
        }
    }

    /**
     * The argument list: its first and last element (a {@link Kept} object or a {@link Mismatch}) and their
     * number; or, when the text is no list, what it is instead ({@code notAList}, null for empty input).
     */
    record Arguments(int count, Object first, Object last, boolean isList, String notAList) { }

    private WireReader() {
    }

    /** Reads the root value from {@code parser}; every object argument is kept with {@code payload}. */
    static Arguments readArguments(JsonParser parser, Schema payload) throws IOException {
        JsonToken root = parser.nextToken();
        if (root == null) {
            return new Arguments(0, null, null, false, null);
        }
        if (root != JsonToken.START_ARRAY) {
            return new Arguments(0, null, null, false, describe(parser, root));
        }
        int count = 0;
        Object first = null;
        Object last = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            last = token == JsonToken.START_OBJECT ? readObject(parser, payload, true) : mismatch(parser, token);
            if (count++ == 0) {
                first = last;
            }
        }
        return new Arguments(count, first, last, true, null);
    }

    private static Kept readObject(JsonParser parser, Schema schema, boolean argument) throws IOException {
        Kept kept = new Kept(schema);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (argument && "__trace".equals(name)) {
                kept.traceTrue = truthy(parser, token);
                continue;
            }
            if (argument && !"traceparent".equals(name)) {
                kept.otherThanTraceKeys = true;
            }
            int slot = schema.slot(name);
            if (slot < 0) {
                skip(parser, token);
            } else {
                kept.present |= 1L << slot;
                kept.values[slot] = token == JsonToken.VALUE_NULL ? null
                        : read(parser, token, schema.kind(slot), schema.child(slot));
            }
        }
        return kept;
    }

    private static Object read(JsonParser parser, JsonToken token, Schema.Kind kind, Schema child)
            throws IOException {
        return switch (kind) {
            case PRESENCE -> {
                skip(parser, token);
                yield null;
            }
            case TEXT -> token == JsonToken.VALUE_STRING ? parser.getText() : mismatch(parser, token);
            case FLAG -> token == JsonToken.VALUE_TRUE ? Boolean.TRUE
                    : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : mismatch(parser, token);
            case NUMBER -> token.isNumeric() ? number(parser, token) : mismatch(parser, token);
            case OBJECT -> token == JsonToken.START_OBJECT ? readObject(parser, child, false) : mismatch(parser, token);
            case OBJECTS -> token == JsonToken.START_ARRAY ? readObjects(parser, child) : mismatch(parser, token);
            case NUMBERS -> token == JsonToken.START_ARRAY ? readNumbers(parser) : mismatch(parser, token);
            case NUMBER_MAP -> token == JsonToken.START_OBJECT ? readNumberMap(parser) : mismatch(parser, token);
            case ANY -> parser.readValueAsTree();
        };
    }

    private static List<Object> readObjects(JsonParser parser, Schema child) throws IOException {
        List<Object> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(token == JsonToken.START_OBJECT ? readObject(parser, child, false) : mismatch(parser, token));
        }
        return elements;
    }

    private static List<Object> readNumbers(JsonParser parser) throws IOException {
        List<Object> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(token.isNumeric() ? number(parser, token) : mismatch(parser, token));
        }
        return elements;
    }

    private static Map<String, Object> readNumberMap(JsonParser parser) throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            entries.put(key, token.isNumeric() ? number(parser, token) : mismatch(parser, token));
        }
        return entries;
    }

    /** A whole number within a long as a {@code Long}, anything else as the exact {@code BigDecimal}. */
    private static Object number(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            return type == JsonParser.NumberType.BIG_INTEGER ? new BigDecimal(parser.getBigIntegerValue())
                    : (Object) parser.getLongValue();
        }
        BigDecimal plain = plainDecimal(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        return plain != null ? plain : parser.getDecimalValue();
    }

    /**
     * A number written {@code -?digits.digits} with at most 18 significant digits, as the same BigDecimal (unscaled
     * value and scale) as {@code new BigDecimal(text)} but several times faster: every price and amount of a real
     * frame. Leading zeros do not count: a rugged price such as {@code 0.0012917548713389765} (19 digits, 17
     * significant) is one of thousands in a snapshot's gameHistory, and Jackson's exact parse of it cost the 295 KB
     * message about a third of its decode. Null for anything else (an exponent, more significant digits), which
     * Jackson's exact parse then reads.
     */
    static BigDecimal plainDecimal(char[] text, int offset, int length) {
        int at = offset;
        int end = offset + length;
        boolean negative = at < end && text[at] == '-';
        if (negative) {
            at++;
        }
        long unscaled = 0;
        int digits = 0;
        int significant = 0;   // at most 18 fit a long whatever they are
        int scale = -1;
        for (; at < end; at++) {
            char c = text[at];
            if (c >= '0' && c <= '9') {
                digits++;
                if ((unscaled != 0 || c != '0') && ++significant > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static Mismatch mismatch(JsonParser parser, JsonToken token) throws IOException {
        return new Mismatch(describe(parser, token));
    }

    /** What the value at {@code token} is, in the words of {@link Fields#describe}; reads past it. */
    private static String describe(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "string \"" + Fields.abbreviate(parser.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + Fields.abbreviate(
                    Fields.decimalOf(number(parser, token)).toString());
            case VALUE_TRUE -> "boolean true";
            case VALUE_FALSE -> "boolean false";
            case START_ARRAY -> {
                int size = 0;
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY;
                        element = parser.nextToken()) {
                    size++;
                    skip(parser, element);
                }
                yield "a list of " + size;
            }
            case START_OBJECT -> {
                skip(parser, token);
                yield "an object";
            }
            default -> throw new IllegalStateException("not a value: " + token);
        };
    }

    /** {@code JsonNode.asBoolean(false)} of the value at {@code token}; reads past it. */
    private static boolean truthy(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_TRUE -> true;
            case VALUE_STRING -> "true".equals(parser.getText().trim());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue().signum() != 0 : parser.getLongValue() != 0;
            default -> {
                skip(parser, token);
                yield false;
            }
        };
    }

    /**
     * Reads past the value at {@code token}, checking every string's length against the limit as reading it as
     * text would, without making a String of it: a snapshot's gameHistory holds thousands of skipped strings, and
     * making them was the largest part of its decode.
     */
    private static void skip(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            checkStringLength(parser);
            return;
        }
        if (!token.isStructStart()) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken next = parser.nextToken();
            if (next == JsonToken.VALUE_STRING) {
                checkStringLength(parser);
            } else if (next.isStructStart()) {
                depth++;
            } else if (next.isStructEnd()) {
                depth--;
            }
        }
    }

    /** The same check, and the same StreamConstraintsException, as {@link JsonParser#getText()} of the string. */
    private static void checkStringLength(JsonParser parser) throws IOException {
        parser.streamReadConstraints().validateStringLength(parser.getTextLength());
    }
}
