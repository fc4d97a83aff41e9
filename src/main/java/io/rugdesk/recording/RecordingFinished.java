package io.rugdesk.recording;

import io.rugdesk.event.Stamp;
import java.nio.file.Path;

/** A recording was closed with its footer and renamed to its final {@code .jsonl} name. */
public record RecordingFinished(Stamp stamp, Path file, Outcome outcome) implements RecordingEvent { }
