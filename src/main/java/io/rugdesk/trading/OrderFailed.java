package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** A sent order failed (failure ACK, timeout, send error); its optimistic update was rolled back. */
public record OrderFailed(Stamp stamp, long orderId, String reason) implements TradeEvent { }
