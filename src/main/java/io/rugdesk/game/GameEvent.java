package io.rugdesk.game;

import io.rugdesk.event.Event;

/** Facts about the game lifecycle derived from the feed on the domain thread. */
public sealed interface GameEvent extends Event
        permits PhaseChanged, GameStarted, GameEnded, SeedRevealed, TickObserved, TickArrivedLate, PhaseAnomaly,
                MissedRugRevealed, GamePricesResynced {

    /** The game this fact is about. */
    String gameId();
}
