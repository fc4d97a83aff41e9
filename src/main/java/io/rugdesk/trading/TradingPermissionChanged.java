package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/**
 * Published by the feed's health monitor whenever trading becomes allowed or forbidden (STALE, DISCONNECTED,
 * unknown phase…); {@code reason} tells the user why (empty when allowed). Until the first one, trading is
 * forbidden.
 */
public record TradingPermissionChanged(Stamp stamp, boolean allowed, String reason) implements TradeEvent { }
