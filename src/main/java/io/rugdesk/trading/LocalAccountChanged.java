package io.rugdesk.trading;

import io.rugdesk.event.Stamp;
import io.rugdesk.game.PlayerAccount;

/**
 * The local account as the user should see it changed: {@code expected} is the confirmed state with the
 * {@code pendingOrders} orders in flight applied (an immutable value, safe to hand to the EDT).
 */
public record LocalAccountChanged(Stamp stamp, PlayerAccount expected, int pendingOrders) implements AccountEvent { }
