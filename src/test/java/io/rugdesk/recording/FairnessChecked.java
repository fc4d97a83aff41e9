package io.rugdesk.recording;

import io.rugdesk.event.Event;
import io.rugdesk.event.Stamp;

/** Stand-in with the shape of the coming {@code io.rugdesk.verify.FairnessChecked}, matched by simple name. */
record FairnessChecked(Stamp stamp, String gameId, boolean ok, String details) implements Event { }
