package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;

/** {@code gameStatePlayerUpdate}: per tick for a logged-in player; {@code leaderboardEntry} null when flat. */
public record GameStatePlayerUpdate(Stamp stamp, String gameId, LeaderboardEntry leaderboardEntry)
        implements FeedEvent {

    public static final String EVENT = "gameStatePlayerUpdate";

    @Override
    public String eventName() {
        return EVENT;
    }
}
