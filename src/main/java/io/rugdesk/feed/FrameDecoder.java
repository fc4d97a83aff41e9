package io.rugdesk.feed;

import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.WireCodec;

/**
 * Turns one frame (event name + JSON text of its argument array) into one {@link FeedEvent}. In production this
 * is the {@link WireCodec} ({@link #of(WireCodec)}); the seam lets a replay or a test count frames without the
 * full codec.
 */
@FunctionalInterface
public interface FrameDecoder {

    FeedEvent decode(String eventName, String argumentsJsonArray, Stamp stamp);

    /** The codec as a decoder. */
    static FrameDecoder of(WireCodec codec) {
        return codec::decode;
    }
}
