package io.rugdesk.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * REFERENCE ONLY: the wire field reads as they were before the streaming pass (commit 29482cc), parsing each frame
 * whole into a Jackson tree. Kept so StreamingDecodeMatchesTreeTest can show the streaming codec decodes every
 * frame to the same event, rejection reasons included, and CodecBenchmark can time both. Not used by the client.
 *
 * Typed, strict reads of one JSON object's fields: a missing or null field gets the caller's default, a field
 * of the wrong type rejects the whole payload with a reason naming the field. Numbers stay exact
 * {@code BigDecimal}s, bounded in magnitude so a {@code 1e400} cannot pass for a price.
 */
final class TreeFields {

    /** Integer digits allowed in any number (timestamps in ms have 13). */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Fraction digits allowed (real SOL/price values have at most ~20). */
    static final int MAX_FRACTION_DIGITS = 40;

    private final JsonNode object;
    private final String path;

    private TreeFields(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    /** Reads {@code node}, which must be a JSON object; {@code path} names it in reasons. */
    static TreeFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new RejectedPayload(path + " must be a JSON object, got " + describe(node));
        }
        return new TreeFields(node, path);
    }

    JsonNode node() {
        return object;
    }

    boolean has(String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    String string(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RejectedPayload(name(field) + " must be a string, got " + describe(value));
        }
        return value.textValue();
    }

    String requiredString(String field) {
        String value = string(field);
        if (value == null || value.isEmpty()) {
            throw new RejectedPayload("missing " + name(field));
        }
        return value;
    }

    boolean bool(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new RejectedPayload(name(field) + " must be true or false, got " + describe(value));
        }
        return value.booleanValue();
    }

    /** The number, or null when absent. */
    BigDecimal decimalOrNull(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return number(value, name(field));
    }

    /** A price: absent (null) or strictly positive; a zero or negative price is a damaged frame. */
    BigDecimal priceOrNull(String field) {
        BigDecimal value = decimalOrNull(field);
        if (value != null && value.signum() <= 0) {
            throw new RejectedPayload(name(field) + " must be a positive price, got " + value.toPlainString());
        }
        return value;
    }

    /** An amount that cannot be below zero (cash, a quantity): zero when absent. */
    BigDecimal nonNegativeDecimal(String field) {
        BigDecimal value = decimal(field);
        if (value.signum() < 0) {
            throw new RejectedPayload(name(field) + " must not be negative, got " + value.toPlainString());
        }
        return value;
    }

    BigDecimal decimal(String field) {
        BigDecimal value = decimalOrNull(field);
        return value == null ? BigDecimal.ZERO : value;
    }

    int integer(String field) {
        return (int) wholeNumber(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    int nonNegativeInteger(String field) {
        return (int) wholeNumber(field, 0, Integer.MAX_VALUE);
    }

    long longValue(String field) {
        return wholeNumber(field, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private long wholeNumber(String field, long min, long max) {
        BigDecimal value = decimalOrNull(field);
        if (value == null) {
            return 0;
        }
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException notWhole) {
            throw new RejectedPayload(name(field) + " must be a whole number, got " + value);
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new RejectedPayload(name(field) + " must not be negative, got " + value);
        }
        if (whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new RejectedPayload(name(field) + " is out of range: " + value);
        }
        return whole.longValue();
    }

    TreeFields objectOrNull(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return of(value, name(field));
    }

    /** The elements of an array field (empty when absent). */
    List<JsonNode> array(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new RejectedPayload(name(field) + " must be a list, got " + describe(value));
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    /** A list of prices, each strictly positive (empty when absent). */
    List<BigDecimal> prices(String field) {
        List<JsonNode> elements = array(field);
        List<BigDecimal> numbers = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            numbers.add(price(elements.get(i), name(field) + "[" + i + "]"));
        }
        return numbers;
    }

    /** An exact, bounded number; {@code what} names it in the reason. */
    static BigDecimal number(JsonNode value, String what) {
        if (value == null || !value.isNumber()) {
            throw new RejectedPayload(what + " must be a number, got " + describe(value));
        }
        BigDecimal number = value.decimalValue();
        // precision - scale = digits before the point; checked before any costly arithmetic on 1e400000000
        if ((long) number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw new RejectedPayload(what + " is out of range: " + abbreviate(value.asText()));
        }
        // zero too: 0e-999999999 would print as a billion zeros
        if (number.scale() > MAX_FRACTION_DIGITS) {
            throw new RejectedPayload(what + " has too many decimals: " + abbreviate(value.asText()));
        }
        return number;
    }

    /** An exact, bounded, strictly positive number (a price). */
    static BigDecimal price(JsonNode value, String what) {
        BigDecimal number = number(value, what);
        if (number.signum() <= 0) {
            throw new RejectedPayload(what + " must be a positive price, got " + number.toPlainString());
        }
        return number;
    }

    /** A short description of a JSON value for a reason: its type and a bounded excerpt. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "string \"" + abbreviate(value.textValue()) + "\"";
        }
        if (value.isNumber()) {
            return "number " + abbreviate(value.asText());
        }
        if (value.isBoolean()) {
            return "boolean " + value.booleanValue();
        }
        if (value.isArray()) {
            return "a list of " + value.size();
        }
        return "an object";
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
