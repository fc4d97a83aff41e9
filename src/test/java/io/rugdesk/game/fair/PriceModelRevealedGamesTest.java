package io.rugdesk.game.fair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every price of the 24 real revealed games, bit for bit, plus rug tick, peak and seed hash. */
class PriceModelRevealedGamesTest {

    @Test
    void reproducesAllRevealedGamesExactly() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.revealedGames());
        ObjectMapper json = new ObjectMapper();
        List<String> checked = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode game = json.readTree(line);
            String id = game.get("id").asText();
            JsonNode fair = game.get("provablyFair");
            String seed = fair.get("serverSeed").asText();
            JsonNode prices = game.get("prices");

            GeneratedGame generated = PriceModel.v3().generate(seed, id);

            assertThat(SeedHash.sha256Hex(seed)).as(id).isEqualTo(fair.get("serverSeedHash").asText());
            assertThat(generated.rugTick()).as(id + " rug tick").isEqualTo(prices.size() - 1);
            for (int tick = 0; tick < generated.rugTick(); tick++) {
                // Jackson parses to the nearest double, as JavaScript's JSON.parse does.
                assertThat(generated.priceAt(tick)).as(id + " tick " + tick).isEqualTo(prices.get(tick).asDouble());
            }
            assertThat(generated.peakMultiplier()).as(id + " peak")
                    .isEqualTo(game.get("peakMultiplier").asDouble());
            checked.add(id);
        }
        assertThat(checked).hasSize(24).doesNotHaveDuplicates();
    }
}
