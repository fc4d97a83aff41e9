package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/**
 * The connection is back after {@code attempt} attempts. Published before any frame of the new connection, so
 * the game lifecycle knows the next full snapshot is a resync of the running game, not a new game.
 */
public record Reconnected(Stamp stamp, int attempt) implements ConnectionEvent { }
