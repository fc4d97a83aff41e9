package io.rugdesk.recording;

import io.rugdesk.event.Stamp;

/**
 * Recording stopped because the disk refused (unwritable folder, full disk, …). {@code reason} is a sentence for
 * the user naming the file and the cause; trading and the rest of the app go on.
 */
public record RecordingFailed(Stamp stamp, String reason) implements RecordingEvent { }
