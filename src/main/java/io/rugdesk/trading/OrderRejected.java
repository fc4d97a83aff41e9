package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** A command refused by the local checks before anything was sent; {@code reason} is for the user. */
public record OrderRejected(Stamp stamp, TradeCommand request, String reason) implements TradeEvent { }
