package io.rugdesk.game;

import io.rugdesk.event.Stamp;
import java.math.BigDecimal;
import java.util.List;

/**
 * A later message's {@code gameHistory} revealed the seed of a game this client saw. {@code prices} is the
 * server's full price list (last value = rug price), empty where the server left it out.
 */
public record SeedRevealed(Stamp stamp, String gameId, String serverSeed, String serverSeedHash,
                           List<BigDecimal> prices) implements GameEvent {
    public SeedRevealed {
        prices = List.copyOf(prices);
    }
}
