package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import io.rugdesk.game.AccountFigures;

/** Every authenticated {@code playerUpdate}: the server's account figures; receive time in {@code stamp}. */
public record ServerStateUpdated(Stamp stamp, String playerId, AccountFigures server) implements AccountEvent { }
