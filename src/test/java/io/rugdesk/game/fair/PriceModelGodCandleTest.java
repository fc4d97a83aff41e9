package io.rugdesk.game.fair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.testing.Fixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The one real god-candle game with a revealed seed (Feb 2026 key samples): its ×10 jump
 * ({@code godCandle50xMassiveJump}) must come out of the model, and the game then climbs above 100, where the
 * god-candle draw is still consumed — had the model skipped it, every later price and so the peak would differ.
 *
 * <p>Found here: the server's {@code godCandle50xGameId}/{@code godCandle50xServerSeed} name the game that
 * started next (its gameHistory peak is 3.8), not the god-candle game; the god-candle game is
 * {@code highestTodayGameId}/{@code highestTodayServerSeed} (same peak, gameHistory timestamp 0.7 s earlier).
 */
class PriceModelGodCandleTest {

    @Test
    void reproducesTheRealGodCandleAndThePeakAbove100() throws IOException {
        JsonNode samples = new ObjectMapper().readTree(Fixtures.keySamples().toFile());
        JsonNode state = samples.findParent("godCandle50xServerSeed");
        String gameId = state.get("highestTodayGameId").asText();
        double before = state.get("godCandle50xMassiveJump").get(0).asDouble();
        double after = state.get("godCandle50xMassiveJump").get(1).asDouble();

        GeneratedGame game = PriceModel.v3().generate(state.get("highestTodayServerSeed").asText(), gameId);

        double[] prices = game.preRugPrices();
        int jumps = 0;
        for (int tick = 1; tick < prices.length; tick++) {
            if (prices[tick - 1] == before && prices[tick] == after) {
                jumps++;
            }
        }
        assertThat(jumps).as("the revealed ×10 jump " + before + " → " + after).isEqualTo(1);
        assertThat(after).isEqualTo(before * 10);
        assertThat(game.peakMultiplier()).isGreaterThan(100).isEqualTo(state.get("godCandle50x").asDouble())
                .isEqualTo(state.get("highestToday").asDouble());
        assertThat(historyPeak(samples, gameId)).isEqualTo(game.peakMultiplier());
    }

    private static double historyPeak(JsonNode samples, String gameId) {
        for (JsonNode history : samples.findValues("gameHistory")) {
            for (JsonNode entry : history) {
                if (gameId.equals(entry.path("id").asText())) {
                    return entry.get("peakMultiplier").asDouble();
                }
            }
        }
        throw new AssertionError(gameId + " is not in any gameHistory of the key samples");
    }
}
