package io.rugdesk.app.report;

import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.GameResult;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The four charts of a backtest, one factory for the HTML page (drawn to PNG) and the Backtest window (shown in
 * chart panels): balance after each game, drawdown from the running peak, histogram of P&amp;L per game, P&amp;L
 * against rug tick. Values are doubles for drawing only. Thread: any; each call makes new charts.
 */
public final class ReportCharts {

    /** A chart with the title it is shown under. */
    public record TitledChart(String title, JFreeChart chart) {
    }

    private ReportCharts() {
    }

    public static List<TitledChart> all(BacktestReport report) {
        List<GameResult> games = report.games();
        BigDecimal start = report.summary().startBalance();
        return List.of(new TitledChart("Balance after each game", styled(equity(games, start))),
                new TitledChart("Drawdown from the running peak", styled(drawdown(games, start))),
                new TitledChart("P&L per game", styled(histogram(games))),
                new TitledChart("P&L against rug tick", styled(scatter(games))));
    }

    /** Balance after each game (public: the history window shows the same curve). */
    public static JFreeChart equity(List<GameResult> games, BigDecimal start) {
        XYSeries series = new XYSeries("balance");
        series.add(0, start.doubleValue());
        for (GameResult g : games) {
            series.add(g.index() + 1, g.endBalance().doubleValue());
        }
        return ChartFactory.createXYLineChart(null, "game", "SOL", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    private static JFreeChart drawdown(List<GameResult> games, BigDecimal start) {
        XYSeries series = new XYSeries("drawdown");
        BigDecimal peak = start;
        series.add(0, 0);
        for (GameResult g : games) {
            peak = peak.max(g.endBalance());
            series.add(g.index() + 1, g.endBalance().subtract(peak).doubleValue());
        }
        return ChartFactory.createXYAreaChart(null, "game", "SOL below peak", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    private static JFreeChart histogram(List<GameResult> games) {
        HistogramDataset data = new HistogramDataset();
        double[] values = games.stream().mapToDouble(g -> g.pnl().doubleValue()).toArray();
        if (values.length > 0) {
            data.addSeries("P&L", values, 40);
        }
        return ChartFactory.createHistogram(null, "P&L per game (SOL)", "games", data, PlotOrientation.VERTICAL,
                false, false, false);
    }

    private static JFreeChart scatter(List<GameResult> games) {
        XYSeries series = new XYSeries("games");
        for (GameResult g : games) {
            series.add(g.rugTick(), g.pnl().doubleValue());
        }
        return ChartFactory.createScatterPlot(null, "rug tick", "P&L (SOL)", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(250, 250, 250));
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (plot.getRangeAxis() instanceof NumberAxis axis) {
                axis.setAutoRangeIncludesZero(false);
            }
        }
        return chart;
    }
}
