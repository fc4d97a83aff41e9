package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/** Reconnect attempt number {@code attempt} (1, 2, …) will start in {@code delayMs} milliseconds. */
public record ReconnectScheduled(Stamp stamp, int attempt, long delayMs) implements ConnectionEvent { }
