package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.OrderAck;

/**
 * The server's ACK for an order arrived. Published by {@link TradingController} on the domain thread, in wire order
 * with the domain facts of the frames around it (docs/adr/0004); the controller itself listens (confirm or roll
 * back), the recorder records it. {@code receivedAtMillis} is read when the ACK came off the socket.
 */
public record OrderAcknowledged(Stamp stamp, long orderId, OrderAck ack, long receivedAtMillis)
        implements TradeEvent { }
