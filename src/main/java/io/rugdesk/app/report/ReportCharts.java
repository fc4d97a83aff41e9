package io.rugdesk.app.report;

import io.rugdesk.backtest.BacktestReport;
import io.rugdesk.backtest.GamePoints;
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

    /** The four charts of a report, drawn from its {@link GamePoints} (every game, or every stride-th of a long run). */
    public static List<TitledChart> all(BacktestReport report) {
        GamePoints points = report.points();
        double start = report.summary().startBalance().doubleValue();
        String sampled = points.stride() == 1 ? "" : " (every " + points.stride() + "th game)";
        return List.of(new TitledChart("Balance after each game" + sampled, styled(equity(points, start))),
                new TitledChart("Drawdown from the running peak" + sampled, styled(drawdown(points, start))),
                new TitledChart("P&L per game" + sampled, styled(histogram(points))),
                new TitledChart("P&L against rug tick" + sampled, styled(scatter(points))));
    }

    private static JFreeChart equity(GamePoints points, double start) {
        XYSeries series = new XYSeries("balance", false, true);
        series.add(0, start);
        for (int k = 0; k < points.size(); k++) {
            series.add(points.game(k) + 1, sol(points.balanceAfterNanos(k)), false);
        }
        return ChartFactory.createXYLineChart(null, "game", "SOL", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    /** The drawdown at each point from the peak of the points (a long run's peak between points is not seen). */
    private static JFreeChart drawdown(GamePoints points, double start) {
        XYSeries series = new XYSeries("drawdown", false, true);
        double peak = start;
        series.add(0, 0);
        for (int k = 0; k < points.size(); k++) {
            peak = Math.max(peak, sol(points.balanceAfterNanos(k)));
            series.add(points.game(k) + 1, sol(points.balanceAfterNanos(k)) - peak, false);
        }
        return ChartFactory.createXYAreaChart(null, "game", "SOL below peak", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
    }

    private static JFreeChart histogram(GamePoints points) {
        HistogramDataset data = new HistogramDataset();
        double[] values = new double[points.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = sol(points.pnlNanos(k));
        }
        if (values.length > 0) {
            data.addSeries("P&L", values, 40);
        }
        return ChartFactory.createHistogram(null, "P&L per game (SOL)", "games", data, PlotOrientation.VERTICAL,
                false, false, false);
    }

    private static JFreeChart scatter(GamePoints points) {
        XYSeries series = new XYSeries("games", false, true);
        for (int k = 0; k < points.size(); k++) {
            series.add(points.rugTick(k), sol(points.pnlNanos(k)), false);
        }
        return ChartFactory.createScatterPlot(null, "rug tick", "P&L (SOL)", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
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

    private static double sol(long nanos) {
        return nanos / 1e9;
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
