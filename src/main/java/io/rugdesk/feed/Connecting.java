package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/** A connection attempt to {@code url} started (the first one, or a reconnect attempt). */
public record Connecting(Stamp stamp, String url) implements ConnectionEvent { }
