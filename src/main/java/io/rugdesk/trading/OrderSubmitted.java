package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/**
 * An order passed the local checks and was sent; the local model now shows it optimistically.
 * {@code amount} is null for a sell, {@code percentage} 0 for a buy or sidebet; {@code expectedPrice} is the
 * tick price at the request, {@code payloadJson} what went over the wire.
 */
public record OrderSubmitted(Stamp stamp, long orderId, OrderKind kind, BigDecimal amount, int percentage,
                             BigDecimal expectedPrice, int tick, String payloadJson) implements TradeEvent { }
