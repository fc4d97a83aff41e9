package io.rugdesk.game;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The server's price history of the running game, from a connect snapshot's top-level {@code prices}
 * (protocol.md §1.7, §2.1.1): {@code prices.get(t)} is the price at tick {@code t}, from tick 0 up to the snapshot's
 * tick. These are the server's history, not ticks this client observed, so they are deliberately not
 * {@link TickObserved}s (the recorder, verifier and fairness monitor treat those as observed facts); the snapshot's
 * own tick still comes as a {@link TickObserved} too.
 *
 * <p>Published by {@link GameLifecycle} for a snapshot of the current, active game (after that message's
 * {@link GameStarted}, if any, and {@link TickObserved}): on a join mid-game, also one after the rug, and on a
 * reconnect within the same game.
 * Listener: the window's snapshot assembler, whose chart shows the game from tick 0 instead of from the join.
 */
public record GamePricesResynced(Stamp stamp, String gameId, List<BigDecimal> prices) implements GameEvent {
    public GamePricesResynced {
        Objects.requireNonNull(gameId, "gameId");
        prices = List.copyOf(prices);
        if (prices.isEmpty()) {
            throw new IllegalArgumentException("prices must not be empty");
        }
    }
}
