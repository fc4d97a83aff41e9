package io.rugdesk.feed;

import io.rugdesk.event.Stamp;

/**
 * Whether orders may be sent now changed. {@code reason} explains a refusal ("Connection stale: no price for
 * 2.4 s", "Disconnected", "Waiting for the first game message") or says "Trading allowed".
 */
public record TradingPermissionChanged(Stamp stamp, boolean allowed, String reason) implements ConnectionEvent { }
