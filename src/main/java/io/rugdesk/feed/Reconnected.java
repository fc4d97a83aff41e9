package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/**
 * The connection is back after {@code attempt} attempts: a new server session. Published by the
 * {@link WebSocketFeed} right after {@link Connected} and before any frame of the new connection. Listeners: the
 * health monitor, the player tracker and the trading gate (the login is learned again before trading resumes),
 * the window.
 */
public record Reconnected(Stamp stamp, int attempt) implements ConnectionEvent { }
