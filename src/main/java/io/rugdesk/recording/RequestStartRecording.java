package io.rugdesk.recording;

import io.rugdesk.event.Stamp;

/** Command: start recording the current (or next) game now. */
public record RequestStartRecording(Stamp stamp) implements RecordingEvent { }
