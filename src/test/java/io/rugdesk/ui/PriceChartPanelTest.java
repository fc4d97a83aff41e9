package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import io.rugdesk.ui.UiSnapshot.Side;
import io.rugdesk.ui.UiSnapshot.SidebetWindow;
import io.rugdesk.ui.UiSnapshot.TradeMarker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

/** The chart follows the game with the least work: ticks are appended, a new game starts over. */
class PriceChartPanelTest {

    @org.junit.jupiter.api.BeforeAll
    static void needsADisplay() {
        WindowHarness.assumeDisplay();
    }

    private static List<PricePoint> ticks(int count) {
        List<PricePoint> prices = new ArrayList<>();
        for (int tick = 1; tick <= count; tick++) {
            prices.add(new PricePoint(tick, new BigDecimal("1.0").add(BigDecimal.valueOf(tick, 3))));
        }
        return prices;
    }

    private static Game game(String id, int ticks, List<TradeMarker> trades, PricePoint rug, SidebetWindow sidebet) {
        return new Game(id, GamePhase.ACTIVE, ticks, BigDecimal.ONE, 0, 1, ticks(ticks), trades, rug, sidebet);
    }

    @Test
    void appendsNewTicksAndRebuildsOnlyForANewGame() {
        GuiActionRunner.execute(() -> {
            PriceChartPanel chart = new PriceChartPanel();
            chart.show(game("g1", 10, List.of(), null, null));
            chart.show(game("g1", 11, List.of(), null, null));
            chart.show(game("g1", 15, List.of(), null, null));
            assertThat(chart.plotted()[0]).isEqualTo(15);
            assertThat(chart.priceRebuilds()).as("only the first show starts from scratch").isEqualTo(1);

            chart.show(game("g2", 3, List.of(), null, null));
            assertThat(chart.plotted()[0]).isEqualTo(3);
            assertThat(chart.priceRebuilds()).isEqualTo(2);
            return null;
        });
    }

    @Test
    void theDomainsAppendOnlySnapshotsAreAppendedTickByTickTradesAndCrowdToo() {
        GuiActionRunner.execute(() -> {
            PriceChartPanel chart = new PriceChartPanel();
            AppendOnlyList<PricePoint> prices = new AppendOnlyList<>(UiSnapshot.MAX_PRICE_POINTS);
            AppendOnlyList<TradeMarker> trades = new AppendOnlyList<>(UiSnapshot.MAX_TRADE_MARKERS);
            AppendOnlyList<GameBoard.CrowdTrade> crowd = new AppendOnlyList<>(GameBoard.MAX_CROWD_TRADES);
            for (int tick = 0; tick < 3_000; tick++) {
                prices.add(new PricePoint(tick, BigDecimal.ONE));
                if (tick % 100 == 0) {
                    trades.add(new TradeMarker(tick, BigDecimal.ONE, tick % 200 == 0 ? Side.BUY : Side.SELL));
                }
                if (tick % 10 == 0) {
                    crowd.add(new GameBoard.CrowdTrade(tick, BigDecimal.ONE, "bob", GameBoard.CrowdAction.BUY,
                            BigDecimal.ONE));
                }
                chart.show(new Game("g1", GamePhase.ACTIVE, tick, BigDecimal.ONE, 0, 1, prices.snapshot(),
                        trades.snapshot(), null, null), crowd.snapshot());
            }
            assertThat(chart.plotted()).containsExactly(3_000, 15, 15);
            assertThat(chart.plottedBoard()).containsExactly(600, 300);
            assertThat(chart.priceRebuilds()).as("only the first show starts from scratch").isEqualTo(1);
            return null;
        });
    }

    @Test
    void marksOwnTradesTheRugAndAnOpenSidebet() {
        GuiActionRunner.execute(() -> {
            PriceChartPanel chart = new PriceChartPanel();
            List<TradeMarker> trades = List.of(new TradeMarker(2, BigDecimal.ONE, Side.BUY),
                    new TradeMarker(5, BigDecimal.ONE, Side.BUY), new TradeMarker(8, BigDecimal.ONE, Side.SELL));
            chart.show(game("g1", 10, trades, null, new SidebetWindow(6, 46)));
            assertThat(chart.plotted()).containsExactly(10, 2, 1);
            assertThat(chart.sidebetShown()).isTrue();
            assertThat(chart.rugShown()).isFalse();

            chart.show(game("g1", 12, trades, new PricePoint(12, new BigDecimal("0.02")), null));
            assertThat(chart.rugShown()).isTrue();
            assertThat(chart.sidebetShown()).isFalse();
            return null;
        });
    }

    @Test
    void logScaleSwapsThePriceAxis() {
        GuiActionRunner.execute(() -> {
            PriceChartPanel chart = new PriceChartPanel();
            org.jfree.chart.plot.XYPlot plot = ((org.jfree.chart.ChartPanel) chart.getComponent(1)).getChart()
                    .getXYPlot();
            assertThat(plot.getRangeAxis()).isInstanceOf(NumberAxis.class);
            chart.setLogScale(true);
            assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
            chart.setLogScale(false);
            assertThat(plot.getRangeAxis()).isInstanceOf(NumberAxis.class);
            return null;
        });
    }
}
