package io.rugdesk.verify;

import io.rugdesk.event.Event;

/** Facts the verifiers find: whether what this client saw is what the server committed to and holds. */
public sealed interface VerificationEvent extends Event
        permits FairnessChecked, StateVerified, StateDriftDetected, ServerStateAdopted {
}
