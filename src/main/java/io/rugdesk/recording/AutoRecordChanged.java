package io.rugdesk.recording;

import io.rugdesk.event.Stamp;

/** The auto-record setting is now {@code enabled} (published after each {@link RequestAutoRecord}). */
public record AutoRecordChanged(Stamp stamp, boolean enabled) implements RecordingEvent { }
