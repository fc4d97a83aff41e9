package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;

/** Buy tokens for {@code amount} SOL at the current tick price (PRESALE: at 1.0). */
public record RequestBuy(Stamp stamp, BigDecimal amount) implements TradeCommand { }
