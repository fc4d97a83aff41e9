package io.rugdesk.ui;

import static io.rugdesk.ui.WindowHarness.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.GameBoard.CrowdAction;
import io.rugdesk.ui.GameBoard.CrowdTrade;
import io.rugdesk.ui.GameBoard.Last100;
import io.rugdesk.ui.GameBoard.Leader;
import io.rugdesk.ui.GameBoard.PastGame;
import io.rugdesk.ui.GameBoard.SidebetOdds;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Latency;
import io.rugdesk.ui.UiSnapshot.SidebetWindow;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The game board around the chart, on a real window under Xvfb, found by component name. */
class GameBoardWindowTest {

    private static final SidebetOdds ODDS = new SidebetOdds(40, new BigDecimal("5"), new BigDecimal("0.1816"),
            new BigDecimal("-0.092"));

    private WindowHarness ui;

    @BeforeEach
    void open() {
        ui = WindowHarness.open(TestSnapshots.active());
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
            ui.forget();
        }
    }

    private PriceChartPanel chart() {
        return (PriceChartPanel) ui.frame.panel("chartPanel").target();
    }

    @Test
    void candlesAndOthersTradesToggleAndAreRemembered() {
        List<CrowdTrade> crowd = List.of(
                new CrowdTrade(3, new BigDecimal("1.03"), "Zer02Her0", CrowdAction.BUY, new BigDecimal("5")),
                new CrowdTrade(7, new BigDecimal("1.07"), "XLR8", CrowdAction.SIDEBET, new BigDecimal("0.001")),
                new CrowdTrade(9, new BigDecimal("1.09"), "Zer02Her0", CrowdAction.SELL, new BigDecimal("4.15")));
        ui.publish(TestSnapshots.withBoard(TestSnapshots.active(), new GameBoard(crowd, List.of(), List.of(),
                Last100.unknown(), ODDS)));

        // ticks 1..30: candles start at ticks 0, 5, …, 30
        assertThat(GuiActionRunner.execute(() -> chart().plottedBoard())).containsExactly(7, 3);
        assertThat(GuiActionRunner.execute(() -> chart().styleShown())).containsExactly(true, true);
        assertThat(CrowdMarkers.label(crowd.get(1))).isEqualTo("XLR8 sidebet 0.001");

        ui.frame.checkBox("candlesToggle").requireSelected().click();
        ui.frame.checkBox("crowdTradesToggle").requireSelected().click();
        assertThat(GuiActionRunner.execute(() -> chart().styleShown())).containsExactly(false, false);
        assertThat(GuiActionRunner.execute(() -> chart().plotted()[0])).as("the line has every tick").isEqualTo(30);
        UiSettings settings = new UiSettings(ui.prefs);
        assertThat(settings.candles()).isFalse();
        assertThat(settings.crowdTrades()).isFalse();

        ui.frame.checkBox("candlesToggle").click();
        assertThat(GuiActionRunner.execute(() -> chart().styleShown())).containsExactly(true, false);
    }

    @Test
    void theLeaderboardListsTheTopTenWithTheOwnRowBold() {
        List<Leader> leaders = new ArrayList<>();
        for (int rank = 1; rank <= 12; rank++) {
            leaders.add(new Leader(rank, rank == 2 ? "alice" : "player" + rank,
                    new BigDecimal("0.0123456789").movePointLeft(rank / 4), new BigDecimal("2.61366"), rank == 2));
        }
        ui.publish(TestSnapshots.withBoard(TestSnapshots.active(), new GameBoard(List.of(), leaders, List.of(),
                Last100.unknown(), ODDS)));

        JTableFixture table = ui.frame.table("leaderboardTable").requireRowCount(10);
        table.requireCellValue(TableCell.row(0).column(0), "1");
        table.requireCellValue(TableCell.row(0).column(1), "player1");
        table.requireCellValue(TableCell.row(0).column(2), "+0.012346");
        table.requireCellValue(TableCell.row(0).column(3), "+2.6 %");
        table.requireCellValue(TableCell.row(1).column(1), "alice");
        table.requireCellValue(TableCell.row(9).column(1), "player10");
        assertThat(GuiActionRunner.execute(() -> table.target().prepareRenderer(
                table.target().getCellRenderer(1, 1), 1, 1).getFont().getStyle())).isEqualTo(Font.BOLD);
        assertThat(GuiActionRunner.execute(() -> table.target().prepareRenderer(
                table.target().getCellRenderer(0, 1), 0, 1).getFont().getStyle())).isEqualTo(Font.PLAIN);
    }

    @Test
    void theHistoryStripShowsTheLastGamesColouredByPeakAndTheLast100Counts() {
        List<PastGame> history = List.of(new PastGame("g9", new BigDecimal("1.288780735484171"), 16),
                new PastGame("g8", new BigDecimal("12.34"), 210), new PastGame("g7", new BigDecimal("63.2"), 900),
                new PastGame("g6", new BigDecimal("2.5"), -1));
        ui.publish(TestSnapshots.withBoard(TestSnapshots.active(), new GameBoard(List.of(), List.of(), history,
                new Last100(47, 7, 1), ODDS)));

        ui.frame.label("pastGame0").requireText("1.29× · 16").requireToolTip("Game g9: peak 1.2888x, rugged at tick 16 (seed not revealed)");
        ui.frame.label("pastGame1").requireText("12.3× · 210");
        ui.frame.label("pastGame2").requireText("63.2× · 900");
        ui.frame.label("pastGame3").requireText("2.50×");
        assertThat(GuiActionRunner.execute(() -> ui.frame.label("pastGame0").target().getBackground()))
                .isEqualTo(HistoryStrip.UNDER_2X);
        assertThat(GuiActionRunner.execute(() -> ui.frame.label("pastGame1").target().getBackground()))
                .isEqualTo(HistoryStrip.FROM_10X);
        assertThat(GuiActionRunner.execute(() -> ui.frame.label("pastGame2").target().getBackground()))
                .isEqualTo(HistoryStrip.FROM_50X);
        assertThat(GuiActionRunner.execute(() -> ui.frame.label("pastGame3").target().getBackground()))
                .isEqualTo(HistoryStrip.FROM_2X);
        assertThat(ui.visible("pastGame4")).isFalse();
        ui.frame.label("last100Counts").requireText("Last 100:  2× 47  ·  10× 7  ·  50× 1");
    }

    @Test
    void aClickOnAPastGameShowsItsFairnessCheckVerifiedOrTheMismatch() {
        String seed = "1e23450371572df08e4c5a21c82c8d7e5bb5a1630061b5747d3864f58bcf26e8";
        String hash = "f8fb5fc595f23a0c148ad4ebabf4996b20190dd988932a0e52db55b043fc673a";
        List<PastGame> history = List.of(
                new PastGame("g9", new BigDecimal("1.288780735484171"), 16, new GameBoard.FairnessResult(true,
                        "hash ok, 16 revealed prices and rug tick 16 match, peak ok", seed, hash, 16,
                        new BigDecimal("1.288780735484171"))),
                new PastGame("g8", new BigDecimal("2.5"), 30, new GameBoard.FairnessResult(false,
                        "rug tick mismatch: the revealed list rugs at tick 30, the model at tick 16", seed, hash, 16,
                        new BigDecimal("1.288780735484171"))));
        ui.publish(TestSnapshots.withBoard(TestSnapshots.active(), new GameBoard(List.of(), List.of(), history,
                new Last100(47, 7, 1), ODDS)));

        ui.frame.label("pastGame1").click();
        DialogFixture dialog = ui.frame.dialog("fairnessDialog");
        dialog.label("fairnessVerdict").requireText("Mismatch: not what the seed gives");
        dialog.label("fairnessRugTick").requireText("model 16 · revealed 30");
        dialog.textBox("fairnessDetails").requireText(
                "rug tick mismatch: the revealed list rugs at tick 30, the model at tick 16");

        ui.frame.label("pastGame0").click();
        dialog.label("fairnessVerdict").requireText("Verified: provably fair");
        dialog.label("fairnessGame").requireText("g9");
        dialog.textBox("fairnessSeed").requireText(seed);
        dialog.textBox("fairnessHash").requireText(hash);
        dialog.label("fairnessPeak").requireText("model 1.288780735484171× · revealed 1.288780735484171×");
        dialog.close();
    }

    @Test
    void anOpenSidebetCountsDownItsTicksAndTheOddsShowBesideTheButton() {
        UiSnapshot base = TestSnapshots.withBoard(TestSnapshots.active(), new GameBoard(List.of(), List.of(),
                List.of(), Last100.unknown(), ODDS));
        Game game = base.game();
        ui.publish(TestSnapshots.withGame(base, new Game(game.gameId(), GamePhase.ACTIVE, 30, game.price(), 0, 42,
                game.prices(), List.of(), null, new SidebetWindow(20, 60))));
        ui.frame.label("sidebetCountdown").requireText("Sidebet open: 30 ticks left (to tick 60)");
        ui.frame.label("sidebetOdds").requireText("Sidebet wins 18.2 % · expect \u22129.2 % per bet");
        assertThat(ui.frame.label("sidebetOdds").target().getToolTipText()).contains("18.1600 %").contains("5×");

        ui.publish(TestSnapshots.withGame(base, new Game(game.gameId(), GamePhase.ACTIVE, 45, game.price(), 0, 42,
                game.prices(), List.of(), null, new SidebetWindow(20, 60))));
        ui.frame.label("sidebetCountdown").requireText("Sidebet open: 15 ticks left (to tick 60)");
        ui.publish(base);
        ui.frame.label("sidebetCountdown").requireText(" ");
    }

    @Test
    void aSlowOrderRaisesTheUnstableConnectionBanner() {
        assertThat(ui.visible("connectionBanner")).isFalse();
        ui.publish(TestSnapshots.withLatency(TestSnapshots.active(), new Latency(557, 120, 557, 9, true)));
        ui.frame.label("connectionBanner").requireVisible()
                .requireText("Unstable connection: 557 ms, orders may be delayed");
        ui.publish(TestSnapshots.withLatency(TestSnapshots.active(), new Latency(80, 80, 120, 10, false)));
        eventually(() -> assertThat(ui.visible("connectionBanner")).isFalse());
    }

    @Test
    void tradingKeysAreListedInHelpRemappableAndRemembered() throws Exception {
        ui.clickMenu("Help", "Shortcuts");
        DialogFixture dialog = ui.frame.dialog("shortcutsDialog");
        JTableFixture table = dialog.table("shortcutsTable");
        int buyRow = Shortcut.BUY.ordinal();
        table.requireCellValue(TableCell.row(buyRow).column(0), "Ctrl+B");
        table.requireCellValue(TableCell.row(buyRow).column(2), "yes");

        select(table, Shortcut.EXIT.ordinal());
        dialog.button("changeKeyButton").requireDisabled();
        select(table, buyRow);
        dialog.button("changeKeyButton").requireEnabled().click();
        dialog.robot().pressAndReleaseKey(KeyEvent.VK_F5);
        eventually(() -> table.requireCellValue(TableCell.row(buyRow).column(0), "F5"));
        assertThat(ui.prefs.get("key.BUY", null)).isEqualTo("pressed F5");

        select(table, Shortcut.SIDEBET.ordinal());
        dialog.button("changeKeyButton").click();
        dialog.robot().pressAndReleaseKey(KeyEvent.VK_F5);
        eventually(() -> dialog.label("shortcutStatus").requireText("Not changed: F5 is already Buy the typed amount"));
        dialog.button("closeShortcutsButton").click();
        ui.frame.textBox("amountField").click();

        ui.frame.robot().pressAndReleaseKey(KeyEvent.VK_F5);
        ui.pressWithControl(KeyEvent.VK_B);
        eventually(() -> assertThat(ui.commands.calls).containsExactly("buy 0.01"));
        ui.frame.button("buyButton").requireToolTip("Buy 0.010 SOL (F5)");

        WindowHarness again = null;
        ui.close();
        try {
            again = WindowHarness.open(TestSnapshots.active(), ui.prefs);
            again.frame.button("buyButton").requireToolTip("Buy 0.010 SOL (F5)");
        } finally {
            if (again != null) {
                again.close();
            }
            ui.forget();
            ui = null;
        }
    }

    /** Clicks {@code row} until it is the selection: on a loaded machine a robot's click can be lost. */
    private static void select(JTableFixture table, int row) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(300)).untilAsserted(() -> {
                    table.selectRows(row);
                    table.requireSelectedRows(row);
                });
    }
}
