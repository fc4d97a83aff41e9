package io.rugdesk.app.gui;

import java.util.ArrayDeque;
import java.util.List;

/**
 * An append-only list that keeps its newest {@code max} items and hands out one immutable copy per change: a
 * snapshot taken twice without an add in between is the same list, so a rebuild costs nothing for a list that did
 * not move, and a list that did move is copied once per rebuild, not once per event.
 * Thread: the domain thread only; the lists it returns are immutable and safe anywhere.
 */
final class CappedList<T> {

    private final int max;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private List<T> copy = List.of();

    CappedList(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
    }

    void add(T item) {
        if (items.size() == max) {
            items.removeFirst();
        }
        items.addLast(item);
        copy = null;
    }

    void clear() {
        if (!items.isEmpty()) {
            items.clear();
            copy = List.of();
        }
    }

    int size() {
        return items.size();
    }

    /** Oldest first; List.copyOf yields a list that UiSnapshot keeps as it is, without copying again. */
    List<T> snapshot() {
        if (copy == null) {
            copy = List.copyOf(items);
        }
        return copy;
    }
}
