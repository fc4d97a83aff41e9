package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * The first {@code playerUpdate} that includes this order arrived (the server sends it before the ACK); the
 * order executed at {@code executionPrice}, the tick price that made the local model match. Published by the
 * state verifier from {@link AccountModel#match}; the controller turns it into a latency.
 */
public record OrderSeenInServerState(Stamp stamp, long orderId, BigDecimal executionPrice, long receivedAtMillis)
        implements TradeEvent { }
