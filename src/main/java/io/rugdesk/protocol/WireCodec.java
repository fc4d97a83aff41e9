package io.rugdesk.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.Stamp;
import java.util.List;

/**
 * Turns one Socket.IO event (name + arguments) into exactly one {@link FeedEvent}. The payload is always the
 * LAST argument. Never throws: undecodable input becomes {@link FrameRejected}, unknown names
 * {@link UnknownEvent}. Thread: stateless apart from counters, safe on any thread (the Socket.IO EventThread).
 */
public final class WireCodec {

    /** Decodes {@code args} (each already a Jackson tree, numbers as BigDecimal). */
    public FeedEvent decode(String eventName, List<JsonNode> args, Stamp stamp) {
        throw new UnsupportedOperationException("TODO issue 2");
    }

    /** Decodes arguments given as the JSON text of an array ({@code [trace?, payload]}). */
    public FeedEvent decode(String eventName, String argumentsJsonArray, Stamp stamp) {
        throw new UnsupportedOperationException("TODO issue 2");
    }

    /** Decodes an order acknowledgement from its ack arguments (JSON text of an array). */
    public OrderAck decodeAck(String argumentsJsonArray) {
        throw new UnsupportedOperationException("TODO issue 2");
    }
}
