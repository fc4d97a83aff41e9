package io.rugdesk.verify;

import io.rugdesk.event.Stamp;

/**
 * A game's revealed seed was checked against its announced hash and the prices seen and revealed.
 * {@code details} is human-readable: what matched, or every reason it did not.
 */
public record FairnessChecked(Stamp stamp, String gameId, boolean ok, String details) implements VerificationEvent {
}
