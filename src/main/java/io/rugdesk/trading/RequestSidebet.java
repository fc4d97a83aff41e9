package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/** Place a 40-tick, 5× sidebet of {@code amount} SOL. */
public record RequestSidebet(Stamp stamp, BigDecimal amount) implements TradeCommand { }
