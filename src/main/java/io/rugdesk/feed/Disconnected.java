package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/**
 * The connection was lost or could not be made; {@code reason} in words a person understands
 * (e.g. "transport close", "Connection failed: websocket error", "Closed by the user").
 */
public record Disconnected(Stamp stamp, String reason) implements ConnectionEvent { }
