package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/** The connection health changed to {@code health}; {@code reason} says why in words a person understands. */
public record ConnectionHealthChanged(Stamp stamp, ConnectionHealth health, String reason)
        implements ConnectionEvent { }
