package io.rugdesk.game;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rug of a game this client left without seeing it (a new game id arrived while it was not rugged: a lost
 * connection), as a {@code gameHistory} entry reveals it: {@code rugTick = prices.length − 1}, {@code rugPrice} =
 * the last price (protocol.md §2.1.4). At most once per game.
 *
 * <p>Published by {@link GameLifecycle}: when the message that shows the new game already holds the left game in
 * its history (the connect snapshot usually does), right <em>before</em> that game's {@link GameEnded}
 * {@code ABANDONED}, so listeners can settle the game as the server did; otherwise later, from the first message
 * whose history holds it. Listeners: the account model (settles the position and sidebet the server liquidated),
 * the strategy runner (closes the game at the true rug instead of failing it).
 */
public record MissedRugRevealed(Stamp stamp, String gameId, int rugTick, BigDecimal rugPrice) implements GameEvent {
    public MissedRugRevealed {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(rugPrice, "rugPrice");
        if (rugTick < 0) {
            throw new IllegalArgumentException("rugTick must be >= 0: " + rugTick);
        }
    }
}
