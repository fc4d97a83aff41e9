package io.rugdesk.protocol;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * {@code playerUpdate}: the server's truth about the player's own account (protocol.md §2.3). Missing numbers
 * decode as zero; {@code sideBet} is null when no sidebet is open.
 */
public record PlayerUpdate(Stamp stamp, String id, boolean authenticated, BigDecimal cash, BigDecimal positionQty,
                           BigDecimal avgCost, BigDecimal cumulativePnL, BigDecimal totalInvested,
                           BigDecimal pnlPercent, BigDecimal sidebetPnl, SideBetInfo sideBet) implements FeedEvent {

    public static final String EVENT = "playerUpdate";

    @Override
    public String eventName() {
        return EVENT;
    }
}
