package io.rugdesk.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.protocol.WireJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A revealed-games JSONL (one {@code gameHistory} entry a line, as {@code fairness} reads it): {@code prices} is
 * the pre-rug prices then the rug price, so the rug tick is its length − 1 and tick k's price is
 * {@code prices[k]}. Any bad line makes the whole file unusable (a half-read file would silently change a result).
 */
final class RevealedGamesFile {

    private RevealedGamesFile() {
    }

    static List<GameTape> read(Path file) throws IOException, UnreadableSourceException {
        List<GameTape> games = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        String name = file.getFileName().toString();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + (n + 1);
            JsonNode game;
            try {
                game = WireJson.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                throw new UnreadableSourceException(where + " is not JSON: " + e.getOriginalMessage());
            }
            String id = game.path("id").asText("");
            JsonNode prices = game.path("prices");
            if (id.isEmpty() || !prices.isArray() || prices.size() < 2) {
                throw new UnreadableSourceException(where + ": a revealed game needs an id and at least two prices"
                        + " (pre-rug prices, then the rug price)");
            }
            int rugTick = prices.size() - 1;
            int[] ticks = new int[rugTick];
            BigDecimal[] decimals = new BigDecimal[rugTick];
            for (int k = 0; k <= rugTick; k++) {
                JsonNode price = prices.get(k);
                if (!price.isNumber() || price.decimalValue().signum() < 0) {
                    throw new UnreadableSourceException(where + ": game " + id + " has a bad price " + price
                            + " at index " + k);
                }
                if (k < rugTick) {
                    ticks[k] = k;
                    decimals[k] = price.decimalValue();
                }
            }
            games.add(GameTape.observed(id, name, ticks, decimals, rugTick, prices.get(rugTick).decimalValue(), 0));
        }
        if (games.isEmpty()) {
            throw new UnreadableSourceException("no games in the file");
        }
        return games;
    }
}
