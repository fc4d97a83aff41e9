package io.rugdesk.game;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * Exactly once per game: {@link Reason#RUGGED} at its first {@code rugged:true} message (rug tick and price
 * set), {@link Reason#ABANDONED} when a new game id shows up while this one never rugged (both null).
 */
public record GameEnded(Stamp stamp, String gameId, Reason reason, Integer rugTick, BigDecimal rugPrice)
        implements GameEvent {

    /** How a game ended from this client's point of view. */
    public enum Reason { RUGGED, ABANDONED }
}
