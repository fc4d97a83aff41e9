package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/**
 * The server executed an order (its ACK, or a server state showing it before the rug) that the local account's
 * rules refuse at that point ({@code reason}: not enough cash, nothing to sell, a sidebet already open). The local
 * account goes on without it, so it now differs from the server's: a drift with a reason, not a silent loss.
 *
 * <p>Published by {@link AccountModel} on the domain thread; the verifier counts it as a drift and the window
 * shows it (drift indicator, notice, event log).
 */
public record ConfirmedOrderNotApplied(Stamp stamp, long orderId, OrderKind kind, int tick, String reason)
        implements AccountEvent { }
