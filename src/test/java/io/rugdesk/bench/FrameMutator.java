package io.rugdesk.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.WireJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes bad frames out of real ones, reproducibly (a seeded {@link Random}): each call picks a real frame of
 * the captures and applies one {@link Kind} of damage. Thread: one caller (it owns its Random).
 */
final class FrameMutator {

    /** The kinds of damage, and whether the codec must turn each one into a {@code FrameRejected}. */
    enum Kind {
        TRUNCATED(true), TYPE_SWAP(false), HUGE_NUMBER(false), NEGATIVE_NUMBER(false), EXPONENT_NUMBER(false),
        DEEP_NESTING(true), MULTI_MB_STRING(true), WRONG_EVENT_NAME(false), GARBLED_BYTES(false);

        /** True when no decoded record may come out of this damage (the frame can only be rejected). */
        final boolean mustReject;

        Kind(boolean mustReject) {
            this.mustReject = mustReject;
        }
    }

    /** A damaged frame: what was done, to which event name, and the argument text. */
    record Mutant(Kind kind, String eventName, String argumentsJson) { }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NAMES = {"", "gameStateUpdat", "GAMESTATEUPDATE", "newTrade ", "playerUpdate\u0000",
        "\uD83D\uDE80", "__proto__", "x".repeat(300), "standard/newTrade", "playerUpdate", "newSideBet",
        "currentSidebetResult", "usernameStatus"};
    private static final String[] EXPONENT_FORMS = {"1e400", "-1e400", "1E-400", "0e-999999", "1e9",
        "123456789012345678901234567890", "-0.000000000000000000000000000000000000000000001", "9.99e15", "1e15"};

    private final ObjectMapper mapper = WireJson.mapper();
    private final List<CaptureRecord> frames;
    private final Random random;
    private final String multiMegabyte;

    FrameMutator(List<CaptureRecord> frames, long seed) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames to mutate");
        }
        this.frames = List.copyOf(frames);
        this.random = new Random(seed);
        this.multiMegabyte = "A".repeat(3 << 20);
    }

    Mutant next() {
        CaptureRecord frame = frames.get(random.nextInt(frames.size()));
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        String text = frame.argumentsJson();
        return switch (kind) {
            case TRUNCATED -> new Mutant(kind, frame.eventName(), text.substring(0, random.nextInt(text.length())));
            case GARBLED_BYTES -> new Mutant(kind, frame.eventName(), garble(text));
            case WRONG_EVENT_NAME -> new Mutant(kind, NAMES[random.nextInt(NAMES.length)], text);
            case DEEP_NESTING -> new Mutant(kind, frame.eventName(), nest(text));
            default -> new Mutant(kind, frame.eventName(), mutateTree(kind, text));
        };
    }

    private String garble(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            chars[random.nextInt(chars.length)] = (char) random.nextInt(0x80);
        }
        return new String(chars);
    }

    /** The payload buried 65–400 levels deep inside arrays or objects (real frames are 5 deep). */
    private String nest(String text) {
        int depth = 65 + random.nextInt(336);
        boolean objects = random.nextBoolean();
        StringBuilder out = new StringBuilder(text.length() + depth * 8);
        out.append('[');
        for (int i = 0; i < depth; i++) {
            out.append(objects ? "{\"a\":" : "[");
        }
        out.append(text, 1, text.length() - 1);
        for (int i = 0; i < depth; i++) {
            out.append(objects ? '}' : ']');
        }
        return out.append(']').toString();
    }

    private String mutateTree(Kind kind, String text) {
        try {
            JsonNode args = mapper.readTree(text);
            JsonNode payload = args.isArray() && !args.isEmpty() ? args.get(args.size() - 1) : null;
            if (!(payload instanceof ObjectNode object)) {
                return text.substring(0, text.length() / 2);   // not a payload object: truncate instead
            }
            List<ObjectNode> holders = new ArrayList<>();
            collectObjects(object, holders, 0);
            ObjectNode target = holders.get(random.nextInt(holders.size()));
            List<String> keys = new ArrayList<>();
            target.fieldNames().forEachRemaining(keys::add);
            String key = keys.isEmpty() ? "price" : keys.get(random.nextInt(keys.size()));
            switch (kind) {
                case TYPE_SWAP -> target.set(key, swapped(target.get(key)));
                case HUGE_NUMBER -> target.set(key, DecimalNode.valueOf(new BigDecimal("1" + "0".repeat(15 + random.nextInt(40)))));
                case NEGATIVE_NUMBER -> target.set(key, negated(target.get(key)));
                case EXPONENT_NUMBER -> {
                    return mapper.writeValueAsString(args).replace("\"" + key + "\":" + target.get(key),
                            "\"" + key + "\":" + EXPONENT_FORMS[random.nextInt(EXPONENT_FORMS.length)]);
                }
                case MULTI_MB_STRING -> target.put(key, multiMegabyte.substring(random.nextInt(1 << 20)));
                default -> throw new IllegalStateException("not a tree mutation: " + kind);
            }
            return mapper.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            return text.substring(0, text.length() / 2);
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into, int depth) {
        if (depth > 6) {
            return;
        }
        if (node instanceof ObjectNode object) {
            into.add(object);
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                collectObjects(field.getValue(), into, depth + 1);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            collectObjects(array.get(0), into, depth + 1);
        }
    }

    private JsonNode swapped(JsonNode value) {
        int choice = random.nextInt(6);
        if (value != null && value.isNumber() && choice == 0) {
            return NODES.textNode(value.asText());
        }
        return switch (choice) {
            case 0 -> NODES.textNode("1.5");
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.nullNode();
            case 3 -> NODES.arrayNode().add(1).add("x");
            case 4 -> NODES.objectNode().put("nested", 1);
            default -> NODES.numberNode(random.nextInt());
        };
    }

    private JsonNode negated(JsonNode value) {
        if (value != null && value.isNumber() && value.decimalValue().signum() != 0) {
            return DecimalNode.valueOf(value.decimalValue().negate());
        }
        return DecimalNode.valueOf(new BigDecimal("-" + (1 + random.nextInt(1_000_000)) + ".5"));
    }
}
