package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A click on a game of the history strip opens its fairness check: on a real capture replayed by the embedded
 * simulator (the capture's own revealed games), and on the simulator's own games. The expected seed, hash, rug
 * tick and peak are read from the capture (and the revealed-games fixture) with plain Jackson, and the hash is
 * recomputed here with {@link MessageDigest}, not with the code under test.
 */
class HistoryStripFairnessTest {

    private static final Duration REPLAY = Duration.ofSeconds(120);

    @TempDir
    Path folder;
    private AppHarness app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static String sha256(String seed) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(seed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCapturesRevealedGamesOpenAsVerifiedWithTheirSeedHashRugTickAndPeak() throws Exception {
        Path capture = Fixtures.capture1212();
        ObjectMapper json = new ObjectMapper();
        JsonNode lastHistory = null;
        for (String line : Files.readAllLines(capture)) {
            JsonNode record = json.readTree(line);
            JsonNode data = record.path("data");
            if ("gameStateUpdate".equals(record.path("event").asText()) && data.has("gameHistory")) {
                lastHistory = data.get("gameHistory");
            }
        }
        String newest = lastHistory.get(0).get("id").asText();
        JsonNode clicked = lastHistory.get(2);
        String seed = clicked.at("/provablyFair/serverSeed").asText();
        String hash = clicked.at("/provablyFair/serverSeedHash").asText();
        int rugTick = clicked.get("prices").size() - 1;
        double peak = clicked.get("peakMultiplier").asDouble();
        assertThat(sha256(seed)).as("the capture's own pair").isEqualTo(hash);
        for (String line : Files.readAllLines(Fixtures.revealedGames())) {
            JsonNode game = json.readTree(line);
            if (game.get("id").asText().equals(clicked.get("id").asText())) {
                assertThat(game.at("/provablyFair/serverSeed").asText()).isEqualTo(seed);
            }
        }

        app = AppHarness.open(folder, SimConfig.defaults().withSpeed(5).withReplay(capture, false));
        app.awaitShown("the capture's last game history", REPLAY, s -> !s.board().history().isEmpty()
                && s.board().history().get(0).gameId().equals(newest));

        app.frame.label("pastGame2").click();
        DialogFixture dialog = app.frame.dialog("fairnessDialog");
        dialog.label("fairnessGame").requireText(clicked.get("id").asText());
        dialog.label("fairnessVerdict").requireText("Verified: provably fair");
        dialog.textBox("fairnessSeed").requireText(seed);
        dialog.textBox("fairnessHash").requireText(hash);
        dialog.label("fairnessRugTick").requireText("model " + rugTick + " · revealed " + rugTick);
        String[] peaks = dialog.label("fairnessPeak").text().replace("model ", "").replace(" revealed ", "")
                .replace("×", "").split("·");
        assertThat(Double.parseDouble(peaks[0].trim())).isEqualTo(peak);
        assertThat(Double.parseDouble(peaks[1].trim())).isEqualTo(peak);
        assertThat(dialog.textBox("fairnessDetails").text()).contains("hash ok")
                .contains("rug tick " + rugTick + " match").contains("peak ok");
        dialog.close();
    }

    @Test
    void theSimulatorsConnectSnapshotCarriesTenRevealedGamesThatVerify() throws Exception {
        app = AppHarness.open(folder);
        app.awaitShown("ten past games from the connect snapshot", Duration.ofSeconds(30),
                s -> s.board().history().size() == 10);

        app.frame.label("pastGame1").click();
        DialogFixture dialog = app.frame.dialog("fairnessDialog");
        dialog.label("fairnessVerdict").requireText("Verified: provably fair");
        String seed = dialog.textBox("fairnessSeed").text();
        assertThat(seed).matches("[0-9a-f]{64}");
        dialog.textBox("fairnessHash").requireText(sha256(seed));
        dialog.close();
    }
}
