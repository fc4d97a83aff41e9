package io.rugdesk.game;

import io.rugdesk.event.Stamp;

/** Something the phase machine did not expect (illegal transition, tick regression); counted, never fatal. */
public record PhaseAnomaly(Stamp stamp, String gameId, Kind kind, String detail) implements GameEvent {

    /** What kind of anomaly. */
    public enum Kind { ILLEGAL_TRANSITION, TICK_REGRESSION, DUPLICATE_TICK, OTHER }
}
