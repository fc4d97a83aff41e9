package io.rugdesk.recording;

import io.rugdesk.event.Stamp;
import java.nio.file.Path;

/** A recording file was opened; {@code file} is the final {@code .jsonl} path it will have once closed. */
public record RecordingStarted(Stamp stamp, Path file, String gameId, boolean joinedMidGame)
        implements RecordingEvent { }
