package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.app.Main;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import java.awt.Frame;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * View → History over what real runs leave behind: a live bot on the embedded simulator recording its games
 * ({@code bot --live --out}) and a paper bot's report in {@code reports/}. The games listed are the recordings'
 * games (their ids read here from the files' headers) and the report's. {@code -Drugdesk.history.screenshot=FILE}
 * saves the window at 1400×900 (docs/history-window.png).
 */
class HistoryWindowOnBotRunsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private AppHarness app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            GuiActionRunner.execute(() -> {
                for (Frame frame : Frame.getFrames()) {
                    if ("historyWindow".equals(frame.getName())) {
                        frame.dispose();
                    }
                }
            });
            app.close();
        }
    }

    @Test
    void historyListsTheGamesOfALiveBotsRecordingsAndAPaperBotsReport() throws Exception {
        Path recordings = folder.resolve("recordings");
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(20)).start()) {
            bot("--live", "--server", server.url(), "--param", "buyTick=2", "--param", "amount=0.05",
                    "--param", "sellTick=12", "--param", "sidebetTick=1", "--param", "sidebetAmount=0.01",
                    "--max-games", "6", "--out", recordings.toString());
        }
        Path report = recordings.resolve("reports").resolve("paper-fixed-ticks.json");
        Files.createDirectories(report.getParent());
        bot("--paper", "--balance", "10", "--speed", "20", "--param", "buyTick=3", "--param", "amount=0.1",
                "--param", "sellTick=20", "--max-games", "4", "--json", report.toString());
        List<String> recorded = recordedGameIds(recordings);
        List<String> paper = new ArrayList<>();
        JSON.readTree(report.toFile()).get("games").forEach(game -> paper.add(game.get("gameId").asText()));
        assertThat(recorded).isNotEmpty();
        assertThat(paper).isNotEmpty();

        app = AppHarness.open(folder);
        app.clickMenu("View", "History");

        JFrame history = (JFrame) app.frame.robot().finder().find(c -> c instanceof JFrame f
                && "historyWindow".equals(f.getName()) && f.isShowing());
        JTable games = app.frame.robot().finder().findByName(history, "historyGames", JTable.class, false);
        int rows = recorded.size() + paper.size();
        app.awaitOnEdt("a row per recorded and per paper game", Duration.ofSeconds(60),
                () -> games.getRowCount() == rows);
        List<String> listed = GuiActionRunner.execute(() -> {
            List<String> ids = new ArrayList<>();
            for (int row = 0; row < games.getRowCount(); row++) {
                ids.add(String.valueOf(games.getValueAt(row, 1)));
            }
            return ids;
        });
        List<String> expected = new ArrayList<>(recorded);
        expected.addAll(paper);
        assertThat(listed).containsExactlyElementsOf(expected);
        JTable ledger = app.frame.robot().finder().findByName(history, "historyLedger", JTable.class, false);
        assertThat(GuiActionRunner.execute(ledger::getRowCount)).as("the live bot's fills").isPositive();

        String screenshot = System.getProperty("rugdesk.history.screenshot");
        if (screenshot != null) {
            GuiActionRunner.execute(() -> {
                history.setSize(1400, 900);
                history.validate();
                return null;
            });
            app.frame.robot().waitForIdle();
            BufferedImage image = GuiActionRunner.execute(() -> {
                BufferedImage picture = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
                history.getRootPane().paint(picture.getGraphics());
                return picture;
            });
            ImageIO.write(image, "png", Path.of(screenshot).toFile());
        }
    }

    private void bot(String... args) {
        List<String> all = new ArrayList<>(List.of("bot", "--strategy", "fixed-ticks", "--idle-exit", "60",
                "--config-dir", folder.resolve("bot-config").toString()));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));
        assertThat(command.execute(all.toArray(new String[0]))).as(err.toString()).isZero();
    }

    /** The game ids of the finished recordings, in file name order, from each file's header line. */
    private static List<String> recordedGameIds(Path recordings) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(recordings)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader lines = Files.newBufferedReader(file)) {
                JsonNode header = JSON.readTree(lines.readLine());
                assertThat(header.path("type").asText()).isEqualTo("header");
                ids.add(header.path("gameId").asText());
            }
        }
        return ids;
    }
}
