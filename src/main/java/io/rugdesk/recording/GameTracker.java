package io.rugdesk.recording;

import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.TickObserved;

/**
 * Where the game stands, as far as the recording policy needs it: the current game id, its phase, whether a
 * round is running, and the last price seen (written first when a recording begins mid-game). Only the facts
 * of {@code game.GameLifecycle} move it. Thread: the domain thread (the recorder's handlers).
 */
final class GameTracker {

    private String currentGameId;
    private Phase phase = Phase.UNKNOWN;
    private boolean gameLive;
    private TickObserved lastTick;

    void started(GameStarted started) {
        currentGameId = started.gameId();
        gameLive = true;
    }

    void ticked(TickObserved tick) {
        lastTick = tick;
    }

    void phaseChanged(PhaseChanged change) {
        phase = change.to();
        if (change.to() != Phase.RUGGED) {
            currentGameId = change.gameId();
        }
        if (change.to() == Phase.COOLDOWN || change.to() == Phase.PRESALE) {
            gameLive = false; // a new round is announced even if the old one's end was missed
        }
    }

    void ended(GameEnded ended) {
        if (ended.gameId().equals(currentGameId)) {
            gameLive = false;
        }
    }

    /** Whether a round is running (started, not ended). */
    boolean gameLive() {
        return gameLive;
    }

    /**
     * The game a recording started now belongs to: the running one, or the one announced in cooldown or presale;
     * null between a rug and the next announcement (the recording then adopts the next game).
     */
    String gameToRecordNow() {
        return gameLive || phase == Phase.COOLDOWN || phase == Phase.PRESALE ? currentGameId : null;
    }

    /** The game in its active phase now, or null. */
    String activeGame() {
        return gameLive && phase == Phase.ACTIVE ? currentGameId : null;
    }

    /** The last price seen, or null. */
    TickObserved lastTick() {
        return lastTick;
    }
}
