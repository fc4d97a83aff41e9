package io.rugdesk.recording;

import io.rugdesk.trading.PlayerIdentified;

/**
 * Who is logged in, for the header of the next recording: only what {@code trading.PlayerTracker} established
 * ({@link PlayerIdentified}, which it publishes for an authenticated session only), forgotten when the session
 * resets. Thread: the domain thread (the recorder's handlers).
 */
final class PlayerIdentity {

    private GameRecords.Player current = GameRecords.Player.NOBODY;

    void identified(PlayerIdentified identified) {
        current = new GameRecords.Player(identified.id(), identified.username());
    }

    void forget() {
        current = GameRecords.Player.NOBODY;
    }

    GameRecords.Player current() {
        return current;
    }
}
