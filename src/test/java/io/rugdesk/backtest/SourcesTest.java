package io.rugdesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    private static String recording(String gameId, String outcome, boolean fromStart) {
        String first = fromStart ? "{\"type\":\"tick\",\"t\":2,\"tick\":0,\"price\":\"1\",\"phase\":\"PRESALE\"}\n"
                : "";
        int ticks = fromStart ? 4 : 3;
        return "{\"type\":\"header\",\"t\":1,\"schema\":1,\"gameId\":\"" + gameId + "\",\"joinedMidGame\":"
                + !fromStart + ",\"player\":null,\"server\":\"s\",\"client\":\"c\",\"settings\":{},"
                + "\"serverSeedHash\":null}\n"
                + first
                + "{\"type\":\"tick\",\"t\":3,\"tick\":4,\"price\":\"1.5\",\"phase\":\"ACTIVE\"}\n"
                + "{\"type\":\"tick\",\"t\":4,\"tick\":5,\"price\":\"1.25\",\"phase\":\"ACTIVE\"}\n"
                + "{\"type\":\"tick\",\"t\":5,\"tick\":6,\"price\":\"0.018\",\"phase\":\"RUGGED\"}\n"
                + "{\"type\":\"footer\",\"t\":6,\"gameId\":\"" + gameId + "\",\"outcome\":\"" + outcome
                + "\",\"ticks\":" + ticks + ",\"rugTick\":6,\"rugPrice\":\"0.018\",\"serverSeed\":null,"
                + "\"fair\":null,\"summary\":{}}\n";
    }

    @Test
    void aFolderOfRecordingsIsReadInFileNameOrderAndUnusableFilesAreListed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("recordings"));
        Files.writeString(folder.resolve("b.jsonl"), recording("g-b", "rugged", false));
        Files.writeString(folder.resolve("a.jsonl"), recording("g-a", "rugged", true));
        Files.writeString(folder.resolve("c.jsonl"), recording("g-c", "stopped", true));
        Files.writeString(folder.resolve("notes.txt"), "not a source");

        GameSources.Loaded loaded = GameSources.read(List.of(folder));

        assertThat(loaded.games()).extracting(GameTape::gameId).containsExactly("g-a", "g-b");
        GameTape fromStart = loaded.games().get(0);
        assertThat(fromStart.size()).isEqualTo(3);                      // ticks 0, 4, 5; the rugged record is not
        assertThat(fromStart.tickAt(0)).isZero();
        assertThat(fromStart.joinedMidGame()).isFalse();
        assertThat(fromStart.rugTick()).isEqualTo(6);
        assertThat(fromStart.rugPrice()).isEqualByComparingTo("0.018");
        GameTape joined = loaded.games().get(1);
        assertThat(joined.firstTick()).isEqualTo(4);
        assertThat(joined.joinedMidGame()).isTrue();
        assertThat(loaded.sources()).extracting(SourceEntry::kind)
                .containsExactly("recording", "recording", "recording");
        assertThat(loaded.sources().get(2).skipped()).isEqualTo("the recording did not end in a rug (outcome stopped)");
    }

    @Test
    void generatedGamesAreTheModelsGamesWithAModelledRugPrice() {
        GeneratedGames generated = new GeneratedGames(200, 77);
        for (int i = 0; i < 200; i++) {
            GameTape game = generated.game(i);
            assertThat(game.gameId()).isEqualTo("gen-77-" + i);
            BigDecimal last = game.priceAt(game.size() - 1);
            assertThat(game.rugPrice().signum()).isPositive();
            assertThat(game.rugPrice()).isLessThanOrEqualTo(new BigDecimal("0.020000000000000018"));
            // at most 0.0199 of the last pre-rug price (the observed ratio), allowing the double's rounding
            assertThat(game.rugPrice()).isLessThanOrEqualTo(last.multiply(new BigDecimal("0.0199000001")));
            assertThat(game.rugTick()).isEqualTo(game.size());
        }
        assertThat(generated.game(5).priceAt(3)).isEqualTo(new GeneratedGames(10, 77).game(5).priceAt(3));
    }
}
