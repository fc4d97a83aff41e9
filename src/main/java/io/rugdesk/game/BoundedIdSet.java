package io.rugdesk.game;

import java.util.LinkedHashSet;

/** Remembers the most recent {@code capacity} game ids; the oldest is forgotten first. Not thread-safe. */
final class BoundedIdSet {

    private final int capacity;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();

    BoundedIdSet(int capacity) {
        this.capacity = capacity;
    }

    /** Adds {@code id}; true if it was not there yet. */
    boolean add(String id) {
        if (!ids.add(id)) {
            return false;
        }
        if (ids.size() > capacity) {
            ids.remove(ids.iterator().next());
        }
        return true;
    }

    boolean contains(String id) {
        return ids.contains(id);
    }
}
