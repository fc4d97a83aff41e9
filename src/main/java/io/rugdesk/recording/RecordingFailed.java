package io.rugdesk.recording;

import io.rugdesk.event.Stamp;
import java.nio.file.Path;

/**
 * Recording stopped because the disk refused (unwritable folder, full disk, a writer that cannot keep up, …).
 * {@code reason} is a sentence for the user naming the file and the cause; trading and the rest of the app go
 * on. {@code partialFile} is the {@code .partial} file left with the lines written so far, null when none was
 * opened. Published by the recorder (on the domain thread) or by its writer thread; the window and the
 * {@code record} command listen, and so does the recorder, to let go of a file its writer gave up.
 */
public record RecordingFailed(Stamp stamp, String reason, Path partialFile) implements RecordingEvent {

    /** A failure with no file left behind. */
    public RecordingFailed(Stamp stamp, String reason) {
        this(stamp, reason, null);
    }
}
