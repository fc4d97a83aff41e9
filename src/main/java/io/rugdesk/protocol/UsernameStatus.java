package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;

/** {@code usernameStatus} (protocol.md §2.5): id may be null when the payload carried none. */
public record UsernameStatus(Stamp stamp, String id, boolean hasUsername, String username) implements FeedEvent {

    public static final String EVENT = "usernameStatus";

    @Override
    public String eventName() {
        return EVENT;
    }
}
