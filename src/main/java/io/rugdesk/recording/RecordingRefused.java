package io.rugdesk.recording;

import io.rugdesk.event.Stamp;

/** A start or stop request was not carried out (already recording, game already recorded, nothing to stop). */
public record RecordingRefused(Stamp stamp, String reason) implements RecordingEvent { }
