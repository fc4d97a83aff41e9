package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;

/** An event name the codec does not decode; kept (with its raw arguments as JSON) for counting and recording. */
public record UnknownEvent(Stamp stamp, String eventName, String rawArgumentsJson) implements FeedEvent { }
