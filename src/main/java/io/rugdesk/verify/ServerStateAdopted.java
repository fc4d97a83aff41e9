package io.rugdesk.verify;

import io.rugdesk.event.Stamp;
import io.rugdesk.game.AccountFigures;

/**
 * The local model was reset to the server's figures: at the first server state, on the user's request, or because
 * the server now reports another player's account (a reconnect that logged in someone else).
 */
public record ServerStateAdopted(Stamp stamp, Reason reason, AccountFigures adopted) implements VerificationEvent {

    /** Why the server's numbers were adopted. */
    public enum Reason { INITIAL, USER_REQUEST, PLAYER_CHANGED }
}
