package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/**
 * Published by the feed when a connection (re)starts: the identity must be learned again, so
 * {@link PlayerIdentified} is published anew once it is known and trading waits for it.
 */
public record PlayerSessionReset(Stamp stamp, String reason) implements AccountEvent { }
