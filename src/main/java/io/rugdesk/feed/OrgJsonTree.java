package io.rugdesk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.protocol.WireJson;
import io.socket.client.Ack;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Copies the org.json trees socket.io-client hands to a listener straight into Jackson trees for the codec.
 * It replaces printing them as JSON text and parsing that text again, which took half of the EventThread's
 * time in the end-to-end benchmark (docs/performance.md). Anything the text path would treat specially gives
 * up and returns empty, so the caller falls back to the text path and its exact rejection reasons: a tree
 * deeper, a string or number longer, or a frame larger than the wire limits of {@link WireJson} and
 * {@link WireCodec}, and any double (org.json made a double: digits may be gone; the text path decides).
 * Thread: stateless, any thread.
 */
final class OrgJsonTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OrgJsonTree() {
    }

    /** Thrown inside the copy when a limit is reached; never escapes this class. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** Running size of the copy, in characters of its JSON text (roughly). */
    private static final class Budget {
        long chars;

        void spend(long n) {
            chars += n;
            if (chars > WireCodec.MAX_FRAME_CHARS) {
                throw new GiveUp();
            }
        }
    }

    /** Jackson trees of {@code args[from…]}, ack callbacks skipped; empty when the text path must decide. */
    static Optional<List<JsonNode>> arguments(Object[] args, int from) {
        try {
            Budget budget = new Budget();
            List<JsonNode> nodes = new ArrayList<>(Math.max(0, args.length - from));
            for (int i = from; i < args.length; i++) {
                if (!(args[i] instanceof Ack)) {
                    nodes.add(copy(args[i], 2, budget));   // depth 1 is the argument list itself
                }
            }
            return Optional.of(nodes);
        } catch (GiveUp | StackOverflowError limit) {
            return Optional.empty();
        }
    }

    private static JsonNode copy(Object value, int depth, Budget budget) {
        budget.spend(4);
        if (value == null || value == JSONObject.NULL) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            if (text.length() > WireJson.MAX_STRING_LENGTH) {
                throw new GiveUp();
            }
            budget.spend(text.length());
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger whole) {
            checkDigits(whole.bitLength() / 3);
            return NODES.numberNode(whole);
        }
        if (value instanceof BigDecimal decimal) {
            checkDigits(decimal.precision());
            return DecimalNode.valueOf(decimal);   // as sent, trailing zeros kept
        }
        if (depth > WireJson.MAX_NESTING_DEPTH) {
            throw new GiveUp();
        }
        if (value instanceof JSONObject object) {
            ObjectNode node = NODES.objectNode();
            for (String key : object.keySet()) {
                budget.spend(key.length());
                node.set(key, copy(object.opt(key), depth + 1, budget));
            }
            return node;
        }
        if (value instanceof JSONArray array) {
            ArrayNode node = NODES.arrayNode(array.length());
            for (int i = 0; i < array.length(); i++) {
                node.add(copy(array.opt(i), depth + 1, budget));
            }
            return node;
        }
        throw new GiveUp();   // a double, a float or a type org.json should never produce
    }

    private static void checkDigits(int digits) {
        if (digits > WireJson.MAX_NUMBER_LENGTH - 2) {
            throw new GiveUp();
        }
    }
}
