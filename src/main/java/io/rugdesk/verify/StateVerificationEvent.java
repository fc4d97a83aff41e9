package io.rugdesk.verify;

import io.rugdesk.event.Event;

/** Results of comparing the local account with the server's (to be merged with {@code VerificationEvent}). */
public sealed interface StateVerificationEvent extends Event
        permits StateVerified, StateDriftDetected, ServerStateAdopted { }
