package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;

/**
 * A known event whose payload could not be decoded. {@code reason} says why in words a person understands;
 * {@code rawArgumentsJson} is the offending input, truncated to a bounded length.
 */
public record FrameRejected(Stamp stamp, String eventName, String reason, String rawArgumentsJson)
        implements FeedEvent { }
