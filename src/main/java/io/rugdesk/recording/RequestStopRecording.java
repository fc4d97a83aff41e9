package io.rugdesk.recording;

import io.rugdesk.event.Stamp;

/** Command: stop the running recording now; its footer says {@code stopped}. */
public record RequestStopRecording(Stamp stamp) implements RecordingEvent { }
