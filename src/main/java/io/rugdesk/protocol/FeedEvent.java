package io.rugdesk.protocol;

import io.rugdesk.event.Event;

/**
 * A server frame turned into an immutable record by {@link WireCodec}. Every Socket.IO event the client
 * receives becomes exactly one {@code FeedEvent}: a decoded record, an {@link UnknownEvent} for names the
 * codec does not know, or a {@link FrameRejected} for a payload that cannot be decoded.
 */
public sealed interface FeedEvent extends Event
        permits GameStateUpdate, PlayerUpdate, UsernameStatus, GameStatePlayerUpdate, NewTrade, NewSideBet,
                CurrentSidebet, CurrentSidebetResult, UnknownEvent, FrameRejected {

    /** The Socket.IO event name as it came over the wire. */
    String eventName();
}
