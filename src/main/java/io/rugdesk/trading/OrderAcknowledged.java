package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.OrderAck;

/**
 * The server's ACK for an order arrived (published from the gateway's thread, handled on the domain thread);
 * {@code receivedAtMillis} is read when the ACK callback ran.
 */
public record OrderAcknowledged(Stamp stamp, long orderId, OrderAck ack, long receivedAtMillis)
        implements TradeEvent { }
