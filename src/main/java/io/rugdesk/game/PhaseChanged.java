package io.rugdesk.game;

import io.rugdesk.event.Stamp;

/** The phase changed (also on a new game id). */
public record PhaseChanged(Stamp stamp, String gameId, Phase from, Phase to) implements GameEvent { }
