package io.rugdesk.ui;

/**
 * The latest {@link UiSnapshot}, read by the window's Swing Timer about every 100 ms. Thread: called on the EDT;
 * it must return at once (typically a volatile field or an AtomicReference written by the domain thread).
 */
@FunctionalInterface
public interface SnapshotSource {

    /** The newest snapshot; never null. */
    UiSnapshot latest();
}
