package io.rugdesk.game;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * A price frame of the current game whose tick is older than one already seen (the server sent tick 128 after
 * 129). The live state ignores it, so it is not a {@link TickObserved}; it is published so the recording keeps
 * every price that was received, in arrival order (docs/recording-format.md, {@code "late":true}).
 *
 * <p>Published by {@link GameLifecycle} (beside the {@link PhaseAnomaly} of kind {@code TICK_REGRESSION}) and by
 * the recording replayer; listened to by the recorder. {@code latestTick} is the newest tick seen before it.
 */
public record TickArrivedLate(Stamp stamp, String gameId, int tick, BigDecimal price, Phase phase, int latestTick)
        implements GameEvent { }
