package io.rugdesk.trading;

import io.rugdesk.event.Stamp;

/** The session is logged in as {@code id}; {@code username} null when the server gave none (yet). */
public record PlayerIdentified(Stamp stamp, String id, String username) implements AccountEvent { }
