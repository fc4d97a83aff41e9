package io.rugdesk.feed;

import io.rugdesk.event.Event;

/**
 * Facts about the server connection and what it allows: connecting, connected, lost, reconnecting, its health
 *. None of these ever carries the authentication token.
 *
 * <p>Stamps: {@code seq} is the sequence number of the last frame accepted before the fact (so a connection
 * event sorts between the frames around it), {@code receivedAt} the wall-clock time it happened.
 */
public sealed interface ConnectionEvent extends Event
        permits Connecting, Connected, Disconnected, ReconnectScheduled, Reconnected, ConnectionHealthChanged {
}
