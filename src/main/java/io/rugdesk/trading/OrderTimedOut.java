package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** The ACK timeout of an order fired (published from the timer's thread; ignored when the ACK came first). */
public record OrderTimedOut(Stamp stamp, long orderId) implements TradeEvent { }
