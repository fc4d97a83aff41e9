package io.rugdesk.recording;

import io.rugdesk.event.Stamp;

/** Command: switch auto-record on or off (persisted by the recorder's settings store). */
public record RequestAutoRecord(Stamp stamp, boolean enabled) implements RecordingEvent { }
