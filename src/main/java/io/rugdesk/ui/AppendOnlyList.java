package io.rugdesk.ui;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list that only grows at its end and keeps its newest {@code max} items, whose snapshots cost nothing: each
 * {@link #snapshot()} is an immutable view of a range of one shared array, and an add only ever writes past the end
 * of every view handed out, so no view ever sees a change. A snapshot is therefore O(1) where a copy of a 10,000-point
 * price series was O(n) per rebuild (issue 15), and the window can tell in O(1), by identity, how many items a newer
 * view of the same list added ({@link #appendedSince}), so a chart appends only those.
 *
 * <p>Thread: one writer (the domain thread) calls {@link #add}, {@link #clear} and {@link #snapshot}; the views are
 * immutable and may be read on any thread once published safely (an {@code AtomicReference} or volatile field).
 */
public final class AppendOnlyList<T> {

    private final int max;
    private Object[] items;
    private int from;
    private int to;
    private View<T> view;

    public AppendOnlyList(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
        this.items = new Object[Math.min(max, 16)];
        this.view = new View<>(items, 0, 0);
    }

    /** Appends an item; past {@code max} the oldest one is dropped. */
    public void add(T item) {
        Objects.requireNonNull(item, "item");
        if (to == items.length) {
            // a new array: the old one stays as it is for the views that use it
            int live = to - from;
            Object[] grown = new Object[Math.max(16, Math.min(2 * max, 2 * live + 1))];
            System.arraycopy(items, from, grown, 0, live);
            items = grown;
            from = 0;
            to = live;
        }
        items[to++] = item;
        if (to - from > max) {
            from++;
        }
        view = null;
    }

    /** Empties the list; views handed out before keep their items. */
    public void clear() {
        if (to > from) {
            items = new Object[Math.min(max, 16)];
            from = 0;
            to = 0;
            view = new View<>(items, 0, 0);
        }
    }

    public int size() {
        return to - from;
    }

    /** The items now, oldest first: the same instance until the next change. */
    public List<T> snapshot() {
        if (view == null) {
            view = new View<>(items, from, to);
        }
        return view;
    }

    /**
     * How many items {@code now} has that {@code before} did not, when {@code now} is a later snapshot of the same
     * list that only appended to it (same array, same first item); -1 otherwise (another list, cleared, or its oldest
     * items dropped), when a reader must start over. O(1).
     */
    public static int appendedSince(List<?> now, List<?> before) {
        if (now instanceof View<?> later && before instanceof View<?> earlier && later.items == earlier.items
                && later.from == earlier.from && later.to >= earlier.to) {
            return later.to - earlier.to;
        }
        return -1;
    }

    /**
     * The index of {@code now}'s first item that {@code before} did not have, when {@code now} only appended to it;
     * else 0 (plot it all again). The domain's lists are {@link AppendOnlyList} snapshots, which tell this by
     * identity; other lists (tests, replays) are compared at their ends.
     */
    static <T> int firstNew(List<T> now, List<T> before) {
        int appended = appendedSince(now, before);
        if (appended >= 0) {
            return before.size();
        }
        boolean extended = now.size() >= before.size() && !before.isEmpty()
                && now.get(before.size() - 1).equals(before.get(before.size() - 1))
                && now.get(0).equals(before.get(0));
        return extended ? before.size() : 0;
    }

    /** Whether {@code list} is a snapshot of an {@link AppendOnlyList} (immutable: nobody needs to copy it). */
    static boolean isSnapshot(List<?> list) {
        return list instanceof View<?>;
    }

    /** Items {@code from..to-1} of an array nobody writes below {@code to} again. */
    private static final class View<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] items;
        private final int from;
        private final int to;

        View(Object[] items, int from, int to) {
            this.items = items;
            this.from = from;
            this.to = to;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Objects.checkIndex(index, to - from);
            return (T) items[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
