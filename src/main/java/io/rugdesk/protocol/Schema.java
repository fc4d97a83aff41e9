package io.rugdesk.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one kind of JSON object that a decoder in {@link PayloadDecoders} reads, and what each must
 * hold. {@link WireReader} keeps exactly these while it streams through a frame and skips everything else, so
 * a number nobody reads never becomes a {@code BigDecimal}. A {@link Kind#PRESENCE} field is only noted as
 * present (the key sets that tell the {@code gameStateUpdate} shapes apart). Immutable, any thread.
 */
final class Schema {

    /** What a field holds; a value of another JSON type is kept as a {@link WireReader.Mismatch}. */
    enum Kind {
        /** A JSON string. */
        TEXT,
        /** true or false. */
        FLAG,
        /** A number (kept exact). */
        NUMBER,
        /** An object of the child schema. */
        OBJECT,
        /** A list of objects of the child schema. */
        OBJECTS,
        /** A list of numbers. */
        NUMBERS,
        /** An object whose every value is a number, keys in document order ({@code partialPrices.values}). */
        NUMBER_MAP,
        /** Any JSON value, kept as a tree (the rare ack {@code error}). */
        ANY,
        /** Only whether the key is there, even with null. */
        PRESENCE
    }

    private final Map<String, Integer> index;
    private final Kind[] kinds;
    private final Schema[] children;

    private Schema(Map<String, Integer> index, Kind[] kinds, Schema[] children) {
        this.index = index;
        this.kinds = kinds;
        this.children = children;
    }

    static Builder builder() {
        return new Builder();
    }

    /** The slot of {@code field}, or -1 when this schema does not keep it. */
    int slot(String field) {
        Integer slot = index.get(field);
        return slot == null ? -1 : slot;
    }

    /** The slot of a field a decoder reads; a field missing from the schema is a programming error. */
    int requiredSlot(String field) {
        Integer slot = index.get(field);
        if (slot == null) {
            throw new IllegalStateException("the schema does not keep " + field);
        }
        return slot;
    }

    /** The bits of {@code fields} in a {@link WireReader.Kept}'s set of present keys. */
    long mask(Iterable<String> fields) {
        long mask = 0;
        for (String field : fields) {
            mask |= 1L << requiredSlot(field);
        }
        return mask;
    }

    Kind kind(int slot) {
        return kinds[slot];
    }

    Schema child(int slot) {
        return children[slot];
    }

    int size() {
        return kinds.length;
    }

    /** Collects the fields; names may be given to several calls, the last kind wins. */
    static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();
        private final List<Schema> children = new ArrayList<>();

        Builder text(String... fields) {
            return add(Kind.TEXT, null, fields);
        }

        Builder flag(String... fields) {
            return add(Kind.FLAG, null, fields);
        }

        Builder number(String... fields) {
            return add(Kind.NUMBER, null, fields);
        }

        Builder numbers(String... fields) {
            return add(Kind.NUMBERS, null, fields);
        }

        Builder numberMap(String field) {
            return add(Kind.NUMBER_MAP, null, field);
        }

        Builder any(String field) {
            return add(Kind.ANY, null, field);
        }

        Builder object(String field, Schema child) {
            return add(Kind.OBJECT, child, field);
        }

        Builder objects(String field, Schema child) {
            return add(Kind.OBJECTS, child, field);
        }

        /** Keys only noted as present; a key already kept for its value is present anyway. */
        Builder presence(Iterable<String> fields) {
            for (String field : fields) {
                if (!names.contains(field)) {
                    add(Kind.PRESENCE, null, field);
                }
            }
            return this;
        }

        private Builder add(Kind kind, Schema child, String... fields) {
            for (String field : fields) {
                int at = names.indexOf(field);
                if (at >= 0) {
                    kinds.set(at, kind);
                    children.set(at, child);
                } else {
                    names.add(field);
                    kinds.add(kind);
                    children.add(child);
                }
            }
            return this;
        }

        Schema build() {
            if (names.size() > Long.SIZE) {
                throw new IllegalStateException("a schema notes at most 64 keys");
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            return new Schema(Map.copyOf(index), kinds.toArray(Kind[]::new), children.toArray(Schema[]::new));
        }
    }
}
