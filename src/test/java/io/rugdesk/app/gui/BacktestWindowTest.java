package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Backtest… window: runs off the EDT with progress, shows figures, charts and games, exports, cancels.
 * Figures are checked against what holds independently of the engine: {@code noop} never trades (P&amp;L 0, end
 * balance = start), and the net P&amp;L of {@code fixed-ticks} is the sum of the games' P&amp;L column, added up here.
 * A screenshot is written when {@code -Drugdesk.screenshot=FILE} is given.
 */
class BacktestWindowTest {

    private static final Duration RUN = Duration.ofMinutes(2);

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
    void noopOnGeneratedGamesEndsWhereItStartedAndExportsTheJson() throws Exception {
        generated("noop", 50);
        frame.button("backtestRun").click();
        awaitStatus("Done");

        Map<String, String> figures = figures();
        assertThat(figures.get("games (traded / failed)")).isEqualTo("50 (0 / 0)");
        assertThat(figures.get("net P&L (SOL)")).startsWith("0 ");
        assertThat(figures.get("start → end balance (SOL)")).isEqualTo("10 → 10");
        assertThat(GuiActionRunner.execute(() -> hidden("backtestGames", JTable.class).getRowCount())).isEqualTo(50);

        Path json = folder.resolve("noop.json");
        frame.button("backtestExportJson").click();
        JFileChooserFixture chooser = frame.fileChooser();
        Files.createFile(json);   // the fixture selects existing files only; the export overwrites it
        chooser.selectFile(json.toFile());
        chooser.approve();
        awaitStatus("Saved");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("summary").path("games").asInt()).isEqualTo(50);
        assertThat(new BigDecimal(report.path("summary").path("netPnl").asText())).isEqualByComparingTo("0");
        assertThat(report.path("games")).hasSize(50);
    }

    @Test
    void fixedTicksShowsFiguresThatAddUpToTheGamesAndFourCharts() throws Exception {
        generated("fixed-ticks", 50);
        frame.button("backtestRun").click();
        awaitStatus("Done");

        JTable games = hidden("backtestGames", JTable.class);
        BigDecimal sum = GuiActionRunner.execute(() -> {
            BigDecimal total = BigDecimal.ZERO;
            for (int row = 0; row < games.getRowCount(); row++) {
                total = total.add(new BigDecimal((String) games.getValueAt(row, 4)));
            }
            return total;
        });
        Map<String, String> figures = figures();
        assertThat(figures.get("games (traded / failed)")).startsWith("50 (");
        assertThat(new BigDecimal(figures.get("net P&L (SOL)").split(" ")[0])).isEqualByComparingTo(sum);
        assertThat(sum.signum()).as("fixed-ticks trades, so some P&L").isNotZero();
        BigDecimal end = new BigDecimal(figures.get("start → end balance (SOL)").split(" → ")[1]);
        assertThat(end).isEqualByComparingTo(BigDecimal.TEN.add(sum));
        assertThat(frame.robot().finder().findAll(hidden("backtestCharts", javax.swing.JPanel.class),
                c -> c instanceof ChartPanel)).hasSize(4);

        String screenshot = System.getProperty("rugdesk.screenshot");
        if (screenshot != null) {
            frame.tabbedPane("backtestTabs").selectTab("Charts");
            GuiActionRunner.execute(() -> frame.target().setSize(new Dimension(1400, 900)));
            frame.robot().waitForIdle();
            BufferedImage image = GuiActionRunner.execute(() -> {
                BufferedImage shot = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
                ((javax.swing.JFrame) frame.target()).getRootPane().paint(shot.getGraphics());
                return shot;
            });
            ImageIO.write(image, "png", new File(screenshot));
        }
    }

    @Test
    void cancelStopsALongRunAndTheWindowCanRunAgain() {
        generated("fixed-ticks", 100_000_000);
        frame.button("backtestRun").click();
        await("games running").atMost(RUN).until(() -> GuiActionRunner.execute(
                () -> frame.progressBar("backtestProgress").target().getString().endsWith("/ 100000000 games")));
        frame.button("backtestRun").requireDisabled();
        frame.button("backtestCancel").click();
        awaitStatus("Cancelled after");
        frame.button("backtestRun").requireEnabled();
        frame.button("backtestCancel").requireDisabled();
        frame.button("backtestExportJson").requireDisabled();
        assertThat(frame.table("backtestSummary").rowCount()).isZero();
    }

    @Test
    void aMalformedParameterIsNamedAndNothingRuns() {
        generated("fixed-ticks", 5);
        frame.textBox("backtestParam-" + firstParameter()).deleteText().enterText("soon");
        frame.button("backtestRun").click();
        assertThat(frame.label("backtestStatus").text()).startsWith("Cannot run: ").contains(firstParameter());
        frame.button("backtestRun").requireEnabled();
    }

    private String firstParameter() {
        return io.rugdesk.strategy.StrategyCatalog.builtIn().find("fixed-ticks").parameters().get(0).name();
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

    /** A component on a tab not shown. */
    private <T extends java.awt.Component> T hidden(String name, Class<T> type) {
        return frame.robot().finder().findByName(frame.target(), name, type, false);
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
