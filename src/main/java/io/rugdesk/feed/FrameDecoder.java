package io.rugdesk.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.protocol.WireJson;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns one frame (event name + JSON text of its argument array) into one {@link FeedEvent}. In production this
 * is the {@link WireCodec} ({@link #of(WireCodec)}); the seam lets a replay or a test count frames without the
 * full codec.
 */
@FunctionalInterface
public interface FrameDecoder {

    FeedEvent decode(String eventName, String argumentsJsonArray, Stamp stamp);

    /**
     * Decodes arguments that are already trees (the live feed copies socket.io-client's org.json trees). By
     * default they are printed and handed to {@link #decode(String, String, Stamp)}; the codec decodes them as
     * they are.
     */
    default FeedEvent decode(String eventName, List<JsonNode> arguments, Stamp stamp) {
        try {
            return decode(eventName, WireJson.mapper().writeValueAsString(arguments), stamp);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codec as a decoder of both text and trees. */
    static FrameDecoder of(WireCodec codec) {
        return new FrameDecoder() {
            @Override
            public FeedEvent decode(String eventName, String argumentsJsonArray, Stamp stamp) {
                return codec.decode(eventName, argumentsJsonArray, stamp);
            }

            @Override
            public FeedEvent decode(String eventName, List<JsonNode> arguments, Stamp stamp) {
                return codec.decode(eventName, arguments, stamp);
            }
        };
    }
}
