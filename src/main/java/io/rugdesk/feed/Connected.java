package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/** The Socket.IO connection is up; {@code transport} is {@code websocket} or {@code polling}. */
public record Connected(Stamp stamp, String transport) implements ConnectionEvent { }
