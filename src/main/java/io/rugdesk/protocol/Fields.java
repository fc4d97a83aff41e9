package io.rugdesk.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.protocol.WireReader.Kept;
import io.rugdesk.protocol.WireReader.Mismatch;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Typed, strict reads of one JSON object's kept fields ({@link WireReader.Kept}): a missing or null field gets
 * the caller's default, a field of the wrong type rejects the whole payload with a reason naming the field.
 * Numbers stay exact {@code BigDecimal}s, bounded in magnitude so a {@code 1e400} cannot pass for a price.
 */
final class Fields {

    /** Integer digits allowed in any number (timestamps in ms have 13). */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Fraction digits allowed (real SOL/price values have at most ~20). */
    static final int MAX_FRACTION_DIGITS = 40;
    /** Below this a whole number has at most {@link #MAX_INTEGER_DIGITS} digits: no BigDecimal needed. */
    private static final long FEWER_DIGITS_THAN_LIMIT = 1_000_000_000_000_000L;

    private final Kept object;
    /** The enclosing object, or null for a root. Paths are spelled out only for a reason, never per field. */
    private final Fields parent;
    /** A root's path, or the field of {@code parent} this object is (in). */
    private final String label;
    /** The position in the list {@code label} of {@code parent}, or -1. */
    private final int index;

    private Fields(Kept object, Fields parent, String label, int index) {
        this.object = object;
        this.parent = parent;
        this.label = label;
        this.index = index;
    }

    /** Reads {@code value}, which must be a JSON object; {@code path} names it in reasons. */
    static Fields of(Object value, String path) {
        if (!(value instanceof Kept kept)) {
            throw new RejectedPayload(path + " must be a JSON object, got " + describeKept(value));
        }
        return new Fields(kept, null, path, -1);
    }

    private Fields child(Object value, String field, int position) {
        if (!(value instanceof Kept kept)) {
            String path = position < 0 ? name(field) : name(field) + "[" + position + "]";
            throw new RejectedPayload(path + " must be a JSON object, got " + describeKept(value));
        }
        return new Fields(kept, this, field, position);
    }

    /** Element {@code position} of the list {@code field}, which must be a JSON object. */
    Fields element(String field, int position, Object value) {
        return child(value, field, position);
    }

    private String path() {
        if (parent == null) {
            return label;
        }
        return index < 0 ? parent.name(label) : parent.name(label) + "[" + index + "]";
    }

    /** Whether the key was there, even with null (the key sets of the gameStateUpdate shapes). */
    boolean has(String field) {
        return object.has(field);
    }

    /** Whether every key of {@code mask} ({@link Schema#mask}) was there. */
    boolean hasAll(long mask) {
        return object.hasAll(mask);
    }

    String name(String field) {
        String path = path();
        return path.isEmpty() ? field : path + "." + field;
    }

    String string(String field) {
        Object value = object.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new RejectedPayload(name(field) + " must be a string, got " + describeKept(value));
    }

    String requiredString(String field) {
        String value = string(field);
        if (value == null || value.isEmpty()) {
            throw new RejectedPayload("missing " + name(field));
        }
        return value;
    }

    boolean bool(String field) {
        Object value = object.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw new RejectedPayload(name(field) + " must be true or false, got " + describeKept(value));
        }
        return flag;
    }

    /** The number, or null when absent. */
    BigDecimal decimalOrNull(String field) {
        Object value = object.get(field);
        return value == null ? null : number(value, () -> name(field));
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
        Object kept = object.get(field);
        if (kept instanceof Long small && Math.abs(small) < FEWER_DIGITS_THAN_LIMIT) {
            // the common case, judged as the BigDecimal path below would, without making one
            if (small < min) {
                throw new RejectedPayload(name(field) + " must not be negative, got " + small);
            }
            if (small > max) {
                throw new RejectedPayload(name(field) + " is out of range: " + small);
            }
            return small;
        }
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

    Fields objectOrNull(String field) {
        Object value = object.get(field);
        return value == null ? null : child(value, field, -1);
    }

    /** The elements of a list field (empty when absent): kept objects or numbers, or mismatches. */
    @SuppressWarnings("unchecked")
    List<Object> array(String field) {
        Object value = object.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?>)) {
            throw new RejectedPayload(name(field) + " must be a list, got " + describeKept(value));
        }
        return (List<Object>) value;
    }

    /** The entries of an object of numbers ({@link Schema.Kind#NUMBER_MAP}) in document order, or null. */
    @SuppressWarnings("unchecked")
    Map<String, Object> numberMap(String field) {
        Object value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new RejectedPayload(name(field) + " must be a JSON object, got " + describeKept(value));
        }
        return (Map<String, Object>) value;
    }

    /** A field kept whole as a tree ({@link Schema.Kind#ANY}), or null. */
    JsonNode tree(String field) {
        return (JsonNode) object.get(field);
    }

    /** A list of prices, each strictly positive (empty when absent). */
    List<BigDecimal> prices(String field) {
        List<Object> elements = array(field);
        List<BigDecimal> numbers = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            int position = i;
            numbers.add(price(elements.get(i), () -> name(field) + "[" + position + "]"));
        }
        return numbers;
    }

    /** An exact, bounded number from a kept value; {@code what} names it in the reason. */
    static BigDecimal number(Object value, Supplier<String> what) {
        if (!(value instanceof Long) && !(value instanceof BigDecimal)) {
            throw new RejectedPayload(what.get() + " must be a number, got " + describeKept(value));
        }
        BigDecimal number = decimalOf(value);
        // precision - scale = digits before the point; checked before any costly arithmetic on 1e400000000
        if ((long) number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw new RejectedPayload(what.get() + " is out of range: " + abbreviate(number.toString()));
        }
        // zero too: 0e-999999999 would print as a billion zeros
        if (number.scale() > MAX_FRACTION_DIGITS) {
            throw new RejectedPayload(what.get() + " has too many decimals: " + abbreviate(number.toString()));
        }
        return number;
    }

    /** A kept number (a {@code Long} or a {@code BigDecimal}) as a BigDecimal, as a tree's node would give it. */
    static BigDecimal decimalOf(Object keptNumber) {
        return keptNumber instanceof Long whole ? BigDecimal.valueOf(whole) : (BigDecimal) keptNumber;
    }

    /** An exact, bounded, strictly positive number (a price). */
    static BigDecimal price(Object value, Supplier<String> what) {
        BigDecimal number = number(value, what);
        if (number.signum() <= 0) {
            throw new RejectedPayload(what.get() + " must be a positive price, got " + number.toPlainString());
        }
        return number;
    }

    /** A kept value described as {@link #describe(JsonNode)} describes the same value in a tree. */
    static String describeKept(Object value) {
        if (value instanceof Mismatch mismatch) {
            return mismatch.description();
        }
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String text) {
            return "string \"" + abbreviate(text) + "\"";
        }
        if (value instanceof Long || value instanceof BigDecimal) {
            return "number " + abbreviate(decimalOf(value).toString());
        }
        if (value instanceof Boolean flag) {
            return "boolean " + flag;
        }
        if (value instanceof List<?> list) {
            return "a list of " + list.size();
        }
        return "an object";
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
