package io.rugdesk.event;

/**
 * Root of everything that travels on the {@link EventBus}: small immutable facts (past tense) and commands
 * ({@code Request…}). The sealed roots ({@code FeedEvent}, {@code GameEvent}, …) live beside their records,
 * because Java only lets a sealed type permit subclasses of its own package outside a named module.
 */
public interface Event {

    /** Sequence number and receive time of the frame (or command) this event stems from. */
    Stamp stamp();
}
