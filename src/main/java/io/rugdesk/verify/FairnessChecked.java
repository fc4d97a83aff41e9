package io.rugdesk.verify;

import io.rugdesk.event.Stamp;

/**
 * A game's revealed seed was checked against its announced hash and the prices seen and revealed.
 * {@code details} is human-readable: what matched, or every reason it did not. Its stamp is the revealing
 * message's.
 *
 * <p>Published by {@link FairnessMonitor} from its checking executor (in the app its own thread, so the verdict
 * may follow frames that came after the reveal; ADR 0020). Heard by the recorder (the game file's verdict record
 * and footer), the window (the history strip's mark) and the {@code replay} command.
 */
public record FairnessChecked(Stamp stamp, String gameId, boolean ok, String details) implements VerificationEvent {
}
