package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Backtest window's risk limits (as {@code --max-position}, {@code --stop-after-losses}), "Load strategy jar…"
 * (a jar made here from a compiled test class and a {@code META-INF/services} file), and the cap on the games it
 * keeps for a long run. Expectations come from the rules, checked on the games table, not from the engine's figures.
 */
class BacktestWindowLimitsAndJarTest {

    private static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    Path folder;
    private FrameFixture frame;

    @BeforeEach
    void open() {
        assumeTrue(Displays.usable(), "skipped: no usable display for Swing tests (run under xvfb-run)");
        FailOnThreadViolationRepaintManager.install();
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        BacktestWindow window = GuiActionRunner.execute(() -> BacktestWindow.open(folder.toString()));
        frame = new FrameFixture(robot, window.frame());
    }

    @AfterEach
    void close() {
        if (frame != null) {
            frame.cleanUp();
        }
    }

    @Test
    void maxPositionRefusesEveryBuyAboveIt() {
        generated("fixed-ticks", 20);   // buys 0.1 SOL per game, no sidebet
        frame.textBox("backtestMaxPosition").enterText("0.05");
        frame.button("backtestRun").click();
        awaitStatus("Done");
        JTable games = gamesTable();
        // buyTick 10: a game asks for a buy iff it runs past tick 10 (a tick at or after 10 comes before the rug)
        long asked = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, games.getRowCount())
                .filter(row -> Integer.parseInt(String.valueOf(games.getValueAt(row, 3))) > 10).count());
        Map<String, String> figures = figures();
        assertThat(figures.get("games (traded / failed)")).isEqualTo("20 (0 / 0)");
        assertThat(figures.get("refused intents")).isEqualTo(asked + " {MAX_POSITION=" + asked + "}");
        assertThat(figures.get("start → end balance (SOL)")).isEqualTo("10 → 10");
    }

    @Test
    void stopAfterLossesEndsTradingAfterThatManyLosingGamesInARow() {
        generated("fixed-ticks", 200);
        frame.textBox("backtestStopAfterLosses").enterText("2");
        frame.button("backtestRun").click();
        awaitStatus("Done");
        assertThat(figures().get("stopped by")).isEqualTo("stop-after-losses");
        JTable games = gamesTable();
        int[] fills = GuiActionRunner.execute(() -> {
            int[] result = new int[games.getRowCount()];
            for (int row = 0; row < result.length; row++) {
                result[row] = Integer.parseInt(String.valueOf(games.getValueAt(row, 6)));
            }
            return result;
        });
        BigDecimal[] pnl = GuiActionRunner.execute(() -> {
            BigDecimal[] result = new BigDecimal[games.getRowCount()];
            for (int row = 0; row < result.length; row++) {
                result[row] = new BigDecimal((String) games.getValueAt(row, 4));
            }
            return result;
        });
        int secondLossInARow = -1;
        for (int i = 1; i < pnl.length && secondLossInARow < 0; i++) {
            if (pnl[i].signum() < 0 && pnl[i - 1].signum() < 0 && fills[i] > 0 && fills[i - 1] > 0) {
                secondLossInARow = i;
            }
        }
        assertThat(secondLossInARow).as("two losing games in a row in 200").isPositive();
        for (int i = secondLossInARow + 1; i < fills.length; i++) {
            assertThat(fills[i]).as("fills of game %d, after the stop", i).isZero();
        }
    }

    @Test
    void aLoadedStrategyJarAddsItsStrategyToTheList() throws Exception {
        Path jar = OneSidebetForTheJarTest.jar(folder.resolve("one-sidebet.jar"),
                OneSidebetForTheJarTest.class.getName());
        frame.button("backtestLoadJar").click();
        JFileChooserFixture chooser = frame.fileChooser("backtestJarChooser");
        chooser.selectFile(jar.toFile());
        chooser.approve();
        await("jar loaded").atMost(RUN).until(() -> GuiActionRunner.execute(
                () -> frame.label("backtestJarStatus").target().getText().contains(OneSidebetForTheJarTest.NAME)));
        frame.comboBox("backtestStrategy").requireSelection(OneSidebetForTheJarTest.NAME);
        frame.radioButton("backtestSourceGenerated").click();
        frame.textBox("backtestGames").deleteText().enterText("30");
        frame.button("backtestRun").click();
        awaitStatus("Done");
        Map<String, String> figures = figures();
        assertThat(figures.get("games (traded / failed)")).isEqualTo("30 (30 / 0)");
        String sidebets = figures.get("sidebets won / lost (rate; theory)");
        int won = Integer.parseInt(sidebets.split(" / ")[0].trim());
        int lost = Integer.parseInt(sidebets.split(" / ")[1].split(" ")[0].trim());
        assertThat(won + lost).as("one settled sidebet a game: %s", sidebets).isEqualTo(30);
    }

    @Test
    void aLongRunKeepsOnlyTheFirstGamesAndSaysSoWhileTheExportHasThemAll() throws Exception {
        generated("noop", BacktestWindow.SHOWN_GAMES + 500);
        frame.button("backtestRun").click();
        awaitStatus("Done");
        assertThat(frame.label("backtestStatus").text()).contains("lists the first " + BacktestWindow.SHOWN_GAMES);
        assertThat(GuiActionRunner.execute(() -> gamesTable().getRowCount()))
                .isEqualTo(BacktestWindow.SHOWN_GAMES);
        Path json = folder.resolve("all.json");
        Files.createFile(json);
        frame.button("backtestExportJson").click();
        JFileChooserFixture chooser = frame.fileChooser();
        chooser.selectFile(json.toFile());
        chooser.approve();
        awaitStatus("Saved");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("games")).hasSize(BacktestWindow.SHOWN_GAMES + 500);
        assertThat(report.path("games").get(BacktestWindow.SHOWN_GAMES + 499).path("gameId").asText())
                .isEqualTo("gen-0-" + (BacktestWindow.SHOWN_GAMES + 499));
    }


    /** The games table (on a tab not shown). */
    private JTable gamesTable() {
        return frame.robot().finder().findByName(frame.target(), "backtestGames", JTable.class, false);
    }

    private void generated(String strategy, long games) {
        frame.comboBox("backtestStrategy").selectItem(strategy);
        frame.radioButton("backtestSourceGenerated").click();
        frame.textBox("backtestGames").deleteText().enterText(String.valueOf(games));
    }

    private void awaitStatus(String prefix) {
        await("status " + prefix).atMost(RUN).pollInterval(Duration.ofMillis(50)).until(() -> GuiActionRunner.execute(
                () -> frame.label("backtestStatus").target().getText().startsWith(prefix)));
    }

    private Map<String, String> figures() {
        JTable table = frame.table("backtestSummary").target();
        return GuiActionRunner.execute(() -> {
            Map<String, String> rows = new LinkedHashMap<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                rows.put((String) table.getValueAt(row, 0), (String) table.getValueAt(row, 1));
            }
            return rows;
        });
    }
}
