package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;

/** {@code currentSidebet}: the player's own sidebet was placed. */
public record CurrentSidebet(Stamp stamp, SidebetPlacement sidebet) implements FeedEvent {

    public static final String EVENT = "currentSidebet";

    @Override
    public String eventName() {
        return EVENT;
    }
}
