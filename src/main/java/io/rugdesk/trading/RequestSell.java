package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** Sell {@code percentage} (1–100) % of the position at the current tick price. */
public record RequestSell(Stamp stamp, int percentage) implements TradeCommand { }
