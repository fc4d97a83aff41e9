package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** The user accepts the server's numbers: the local model is reset to the latest {@code playerUpdate}. */
public record RequestAdoptServerState(Stamp stamp) implements TradeCommand { }
