package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.Phase;
import io.rugdesk.protocol.CurrentSidebetResult;
import io.rugdesk.verify.FairnessChecked;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sidebet that wins is settled at the rug (protocol.md §4.7), and the server sends its
 * {@code currentSidebetResult} after the rugged state update that ended the game (seen on the embedded simulator:
 * a bet placed at tick 1, the rug at tick 25, and the file had no {@code sidebetResult}). The result belongs to its
 * game's file, which waits for the seed.
 */
class SidebetResultAfterRugTest {

    @TempDir
    Path root;

    @Test
    void aSidebetWonAtTheRugGoesIntoItsGamesFile() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.game.cooldown("g1", Phase.RUGGED);
            f.game.start("g1");
            for (int tick = 1; tick <= 6; tick++) {
                f.game.tick("g1", tick);
            }
            f.game.rug("g1", 7);
            // placed at tick 1, window 1..41, the rug at 7 <= 41: paid 5 x 0.01
            f.publish(new CurrentSidebetResult(f.game.stamp(), "p1", "g1", new BigDecimal("0.01"),
                    new BigDecimal("0.05"), new BigDecimal("0.04"), new BigDecimal("5"), 1, 41, 7,
                    new BigDecimal("0.0105"), "payout"));
            f.game.step();
            f.game.seed("g1");
            f.publish(new FairnessChecked(f.game.stamp(), "g1", true, "ok"));

            List<RecordingReader.Recording> files = f.finishedRecordings();
            assertThat(files).hasSize(1);
            List<String> results = files.get(0).others().stream()
                    .filter(o -> o.type().equals("sidebetResult"))
                    .map(o -> o.node().path("payout").asText() + "@" + o.node().path("tickIndex").asInt())
                    .toList();
            assertThat(results).containsExactly("0.05@7");
        }
    }
}
