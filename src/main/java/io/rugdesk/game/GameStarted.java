package io.rugdesk.game;

import io.rugdesk.event.Stamp;

/**
 * Exactly once per game: at tick 0, or at the first active message of a game joined mid-way
 * ({@code joinedMidGame} set, {@code tick} > 0). {@code serverSeedHash} is the hash announced for this game.
 * Published by {@link GameLifecycle} before any ACTIVE {@link TickObserved} of the game (ADR 0018).
 */
public record GameStarted(Stamp stamp, String gameId, int tick, boolean joinedMidGame, String serverSeedHash)
        implements GameEvent { }
