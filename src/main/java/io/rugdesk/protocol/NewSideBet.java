package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;

/** {@code newSideBet}: anyone's sidebet placement (public). */
public record NewSideBet(Stamp stamp, SidebetPlacement sidebet) implements FeedEvent {

    public static final String EVENT = "newSideBet";

    @Override
    public String eventName() {
        return EVENT;
    }
}
