package io.rugdesk.game;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * A price this client saw for a tick of the current game (once per new tick, in arrival order; repeats of a
 * tick already seen are not published again). Cooldown/presale messages publish tick 0 at price 1 only once.
 */
public record TickObserved(Stamp stamp, String gameId, int tick, BigDecimal price, Phase phase)
        implements GameEvent { }
