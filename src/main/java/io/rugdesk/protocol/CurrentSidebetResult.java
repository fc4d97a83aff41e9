package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/** {@code currentSidebetResult}: the player's own sidebet settled; {@code type} "payout", profit −bet on a loss. */
public record CurrentSidebetResult(Stamp stamp, String playerId, String gameId, BigDecimal betAmount,
                                   BigDecimal payout, BigDecimal profit, BigDecimal xPayout, int startTick,
                                   int endTick, int tickIndex, BigDecimal price, String type) implements FeedEvent {

    public static final String EVENT = "currentSidebetResult";

    @Override
    public String eventName() {
        return EVENT;
    }
}
