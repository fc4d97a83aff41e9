package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/** The server acknowledged the order with success; the local model keeps it at {@code executionPrice}. */
public record OrderConfirmed(Stamp stamp, long orderId, OrderKind kind, BigDecimal executionPrice)
        implements TradeEvent { }
