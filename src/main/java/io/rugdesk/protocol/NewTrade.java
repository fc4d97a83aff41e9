package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/** {@code standard/newTrade} (protocol.md §2.2); {@code type} is buy, sell, short_open or short_close. */
public record NewTrade(Stamp stamp, String id, String gameId, String playerId, String username, int level,
                       String type, BigDecimal price, int tickIndex, String coin, BigDecimal amount,
                       BigDecimal qty, int leverage) implements FeedEvent {

    public static final String EVENT = "standard/newTrade";

    @Override
    public String eventName() {
        return EVENT;
    }
}
