package io.rugdesk.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.backtest.FillRow;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.ReportCsv;
import io.rugdesk.backtest.Summary;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history of three hand-written recordings against P&amp;L worked out by hand from their confirmations:
 * <pre>
 * g1: buy 0.1 at 1.25 → 0.08 tokens; sidebet −0.01; sell 50 % (0.04) at 2 → +0.08; rug liquidates 0.04 at 0.02
 *     → +0.0008; own sidebet pays +0.05 (another player's 0.1 is not ours): −0.1 − 0.01 + 0.08 + 0.0008 + 0.05
 *     = +0.0208
 * g2: buy 0.05 at 1 → 0.05 tokens; sidebet −0.01, lost; rug liquidates 0.05 at 0.01 → +0.0005: −0.0595
 * g3: no orders: 0
 * </pre>
 */
class HistoryLoaderTest {

    @TempDir
    Path folder;

    @Test
    void ledgerAndFiguresMatchTheHandComputedOnes() throws Exception {
        HistoryFiles.writeThreeGames(folder);
        Files.writeString(folder.resolve("notes.txt"), "not a recording");
        List<int[]> progress = new ArrayList<>();

        History history = HistoryLoader.load(folder, (done, total) -> progress.add(new int[] {done, total}),
                () -> false);

        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("1/3", "2/3", "3/3");
        assertThat(history.skipped()).isEmpty();
        assertThat(history.games()).extracting(GameResult::gameId).containsExactly("g1", "g2", "g3");
        assertThat(history.games()).extracting(g -> g.pnl().stripTrailingZeros().toPlainString())
                .containsExactly("0.0208", "-0.0595", "0");
        assertThat(history.games()).extracting(GameResult::rugTick).containsExactly(5, 3, 10);

        List<FillRow> g1 = history.games().get(0).fillRows();
        assertThat(g1).extracting(FillRow::kind)
                .containsExactly("BUY", "SIDEBET", "SELL", "RUG_LIQUIDATION", "SIDEBET_WON");
        assertThat(g1).extracting(r -> r.qty() == null ? null : r.qty().stripTrailingZeros().toPlainString())
                .containsExactly("0.08", null, "0.04", "0.04", null);
        assertThat(g1).extracting(r -> r.amount().stripTrailingZeros().toPlainString())
                .containsExactly("0.1", "0.01", "0.08", "0.0008", "0.05");
        assertThat(history.games().get(1).fillRows()).extracting(FillRow::kind)
                .containsExactly("BUY", "SIDEBET", "SIDEBET_LOST", "RUG_LIQUIDATION");

        Summary s = history.summary();
        assertThat(s.netPnl()).isEqualByComparingTo("-0.0387");
        assertThat(s.gamesTraded()).isEqualTo(2);
        assertThat(s.winRate()).isEqualByComparingTo("0.5");                  // g1 won, g2 lost
        assertThat(s.maxDrawdown()).isEqualByComparingTo("0.0595");           // peak +0.0208 → −0.0387
        assertThat(s.sidebetsWon()).isEqualTo(1);
        assertThat(s.sidebetsLost()).isEqualTo(1);
        assertThat(s.sidebetWinRate()).isEqualByComparingTo("0.5");
        BigDecimal theory = BigDecimal.ONE.subtract(new BigDecimal("0.995").pow(40));   // 0.18168…
        assertThat(s.sidebetTheoreticalWinRate()).isEqualByComparingTo(theory.setScale(6, RoundingMode.HALF_EVEN));
        assertThat(s.returnPct()).isNull();

        assertThat(history.sessions()).extracting(p -> p.games() + " " + p.pnl().stripTrailingZeros().toPlainString())
                .containsExactly("2 -0.0387", "1 0");
        assertThat(history.days()).extracting(History.Period::label).containsExactly("2026-11-25", "2026-11-27");

        assertThat(history.rugTickCounts(10)).containsExactly(2, 1);
        assertThat(history.ruggedGames()).isEqualTo(3);
        // 3 games × P(rug in ticks 0..9) = 3 × Σ 0.995^k × 0.005 for k < 10
        BigDecimal firstBin = BigDecimal.ZERO;
        for (int k = 0; k < 10; k++) {
            firstBin = firstBin.add(new BigDecimal("0.995").pow(k).multiply(new BigDecimal("0.005")));
        }
        assertThat(History.expectedRugs(3, 0, 10).doubleValue())
                .isCloseTo(firstBin.multiply(BigDecimal.valueOf(3)).doubleValue(), Offset.offset(1e-12));

        StringWriter csv = new StringWriter();
        ReportCsv.write(history.games(), csv);
        assertThat(csv.toString().lines()).hasSize(1 + 5 + 4);
        // a recorded order's row: no reason, no expected price (the ledger does not know it), so no slippage
        assertThat(csv.toString().lines().skip(1).findFirst()).hasValue("0,g1,1,1,BUY,1.25,0.08,0.1,-0.1,,,");
    }

    @Test
    void botReportsAreListedAsPaperRunsBesideTheRecordingsAndStayOutOfTheirFigures() throws Exception {
        HistoryFiles.writeThreeGames(folder);
        HistoryFiles.writeBotReport(folder);
        Files.writeString(folder.resolve("reports").resolve("other.json"), "{\"not\":\"a report\"}");

        History history = HistoryLoader.load(folder, (done, total) -> { }, () -> false);

        assertThat(history.paper()).singleElement().satisfies(run -> {
            assertThat(run.file()).isEqualTo("bot-fixed-ticks.json");
            assertThat(run.strategy()).isEqualTo("fixed-ticks");
            assertThat(run.games()).extracting(PaperRun.Game::gameId).containsExactly("p1", "p2");
            assertThat(run.games()).extracting(g -> g.pnl().toPlainString()).containsExactly("0.012", "-0.004");
            assertThat(run.netPnl()).isEqualByComparingTo("0.008");
            assertThat(run.fills()).isEqualTo(3);
            assertThat(run.stoppedBy()).isEqualTo("max-games");
        });
        assertThat(history.skipped()).singleElement().asString().startsWith("other.json: not a bot report");
        assertThat(history.games()).extracting(GameResult::gameId).containsExactly("g1", "g2", "g3");
        assertThat(history.summary().netPnl()).isEqualByComparingTo("-0.0387"); // the recorded games' only
    }

    @Test
    void anUnreadableFileIsSkippedNotThrown() throws Exception {
        HistoryFiles.writeThreeGames(folder);
        Files.writeString(folder.resolve("2026-11-26T00-00-00.000Z_broken.jsonl"), "not json\n");

        History history = HistoryLoader.load(folder, (done, total) -> { }, () -> false);

        assertThat(history.games()).extracting(GameResult::gameId).containsExactly("g1", "g2", "g3");
        assertThat(history.skipped()).singleElement().asString().contains("broken");
    }
}
