package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.testing.Fixtures;
import io.rugdesk.ui.UiSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The game board fed by a real capture ({@code public-2025-12-12.jsonl}) through the embedded simulator's replay
 * (as {@code serve --replay CAPTURE}) over a real socket, at 5× the recorded pace. What the window shows is checked
 * against the capture read here with plain Jackson, not against the code that fed the window.
 */
class GuiOnCaptureReplayTest {

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

    @Test
    void theCapturesLeaderboardHistoryCountsAndOtherPlayersTradesShow() throws Exception {
        Path capture = Fixtures.capture1212();
        JsonNode lastHistory = null;
        JsonNode lastLeaderboard = null;
        JsonNode lastCounts = null;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(capture)) {
            JsonNode record = json.readTree(line);
            JsonNode data = record.path("data");
            if (!"gameStateUpdate".equals(record.path("event").asText())) {
                continue;
            }
            if (data.has("gameHistory")) {
                lastHistory = data.get("gameHistory");
            }
            if (data.has("count2x")) {
                lastCounts = data;
            }
            lastLeaderboard = data.path("leaderboard");
        }
        List<String> expectedStrip = new ArrayList<>();
        for (JsonNode game : lastHistory) {
            BigDecimal peak = game.get("peakMultiplier").decimalValue();
            int decimals = peak.compareTo(BigDecimal.TEN) >= 0 ? 1 : 2;
            expectedStrip.add(peak.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "× · "
                    + (game.get("prices").size() - 1));
        }
        String newestGame = lastHistory.get(0).get("id").asText();
        String expectedCounts = "Last 100:  2× " + lastCounts.get("count2x").asInt() + "  ·  10× "
                + lastCounts.get("count10x").asInt() + "  ·  50× " + lastCounts.get("count50x").asInt();
        String expectedLeader = lastLeaderboard.get(0).get("username").asText();

        app = AppHarness.open(folder, SimConfig.defaults().withSpeed(5).withReplay(capture, false));

        UiSnapshot traded = app.awaitShown("another player's trade painted", REPLAY,
                s -> !s.board().crowd().isEmpty());
        assertThat(traded.board().crowd()).allSatisfy(trade -> assertThat(trade.name()).isNotBlank());
        app.awaitShown("the leaderboard", REPLAY, s -> !s.board().leaders().isEmpty());
        app.awaitOnEdt("leaderboard rows", Duration.ofSeconds(10),
                () -> app.frame.table("leaderboardTable").target().getRowCount() > 0);

        app.awaitShown("the capture's last game history", REPLAY, s -> !s.board().history().isEmpty()
                && s.board().history().get(0).gameId().equals(newestGame));
        List<String> strip = GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                texts.add(app.frame.label("pastGame" + i).target().getText());
            }
            return texts;
        });
        assertThat(strip).containsExactlyElementsOf(expectedStrip);
        app.frame.label("last100Counts").requireText(expectedCounts);

        UiSnapshot end = app.awaitShown("the capture's last leaderboard", REPLAY, s -> !s.board().leaders().isEmpty()
                && s.board().leaders().get(0).name().equals(expectedLeader));
        app.awaitOnEdt("its first row", Duration.ofSeconds(10), () -> {
            JTable table = app.frame.table("leaderboardTable").target();
            return table.getRowCount() == end.board().leaders().size()
                    && expectedLeader.equals(table.getValueAt(0, 1));
        });
        app.frame.label("sidebetOdds").requireText("Sidebet wins 18.2 % · expect \u22129.2 % per bet");
    }
}
