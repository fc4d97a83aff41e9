package io.rugdesk.verify;

import io.rugdesk.event.Stamp;
import java.util.List;

/** The local account drifted from the server's: only the fields beyond tolerance, with local, server, difference. */
public record StateDriftDetected(Stamp stamp, List<FieldComparison> drifted) implements VerificationEvent {
    public StateDriftDetected {
        drifted = List.copyOf(drifted);
    }
}
