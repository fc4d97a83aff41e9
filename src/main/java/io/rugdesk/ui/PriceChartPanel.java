package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import io.rugdesk.ui.UiSnapshot.Side;
import io.rugdesk.ui.UiSnapshot.TradeMarker;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Polygon;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.CandlestickRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The current game's price per tick (JFreeChart XY line), the player's buys and sells as triangles, the rug as
 * a red line and an open sidebet's window shaded. The dataset changes only when the snapshot's game changed;
 * while a game runs, only the new ticks are appended. Prices become doubles here for plotting only.
 * Thread: EDT only.
 */
final class PriceChartPanel extends JPanel {

    private final XYSeries priceSeries = new XYSeries("price", false, true);
    private final XYSeries buySeries = new XYSeries("buys", false, true);
    private final XYSeries sellSeries = new XYSeries("sells", false, true);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartPanel chartPanel;
    private final CandleDataset candles = new CandleDataset();
    private final CandlestickRenderer candleRenderer = new CandlestickRenderer();
    private final CrowdMarkers crowd = new CrowdMarkers();
    private final XYLineAndShapeRenderer lineRenderer;
    private final JCheckBox logScale = new JCheckBox("Log scale");
    private final JCheckBox candlesToggle = new JCheckBox("Candles");
    private final JCheckBox crowdToggle = new JCheckBox("Others' trades");
    private final ChartHeadline headline = new ChartHeadline();
    /** The last snapshot's game, and the game the dataset holds (the last one played, between games). */
    private Game shown = Game.none();
    private Game plotted = Game.none();
    private List<GameBoard.CrowdTrade> shownCrowd = List.of();
    private IntervalMarker sidebetMarker;
    private ValueMarker rugMarker;
    private int priceRebuilds;

    PriceChartPanel() {
        super(new BorderLayout());
        setName("chartPanel");
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(priceSeries);
        dataset.addSeries(buySeries);
        dataset.addSeries(sellSeries);
        NumberAxis tickAxis = new NumberAxis("tick");
        tickAxis.setAutoRangeIncludesZero(true);
        // ticks are whole; a short game still shows at least ten of them, never a range of 1e-8
        tickAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        tickAxis.setAutoRangeMinimumSize(10);
        tickAxis.setRangeType(org.jfree.data.RangeType.POSITIVE);
        lineRenderer = renderer();
        plot = new XYPlot(dataset, tickAxis, linearAxis(), lineRenderer);
        candleRenderer.setAutoWidthMethod(CandlestickRenderer.WIDTHMETHOD_SMALLEST);
        candleRenderer.setUpPaint(Palette.GREEN);
        candleRenderer.setDownPaint(Palette.RED);
        candleRenderer.setUseOutlinePaint(false);
        candleRenderer.setDrawVolume(false);
        candleRenderer.setDefaultToolTipGenerator(null);
        plot.setDataset(1, crowd.dataset());
        plot.setRenderer(1, crowd.renderer());
        plot.setDataset(2, candles);
        plot.setRenderer(2, candleRenderer);
        // drawn from the last index to the first: candles, then the crowd's dots over them, then the line and the
        // player's own trades on top
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setDomainPannable(false);
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chartPanel = new ChartPanel(chart, false, false, false, false, false);
        chartPanel.setName("priceChart");
        chartPanel.setMouseZoomable(false);
        chartPanel.setMinimumDrawWidth(200);
        chartPanel.setMinimumDrawHeight(150);
        chartPanel.setMaximumDrawWidth(4000);
        chartPanel.setMaximumDrawHeight(3000);

        logScale.setName("logScaleToggle");
        logScale.setToolTipText("Logarithmic price axis (" + Shortcut.LOG_SCALE.keyText() + ")");
        logScale.addActionListener(e -> applyScale());
        candlesToggle.setName("candlesToggle");
        candlesToggle.setToolTipText("Candles of " + CandleDataset.TICKS + " ticks, or a line of every tick");
        candlesToggle.addActionListener(e -> applyStyle());
        crowdToggle.setName("crowdTradesToggle");
        crowdToggle.setToolTipText("Other players' buys, sells and sidebets as small labelled dots");
        crowdToggle.addActionListener(e -> applyStyle());
        // the banner takes the room the multiplier and the toggles leave: in one FlowLayout it wrapped out of sight
        JPanel toggles = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 2));
        toggles.add(candlesToggle);
        toggles.add(crowdToggle);
        toggles.add(logScale);
        JPanel top = new JPanel(new BorderLayout(10, 0));
        top.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 8, 0, 0));
        top.add(headline.multiplier(), BorderLayout.WEST);
        top.add(headline.banner(), BorderLayout.CENTER);
        top.add(toggles, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(chartPanel, BorderLayout.CENTER);
        themeChanged();
        setStyle(true, true);
    }

    private static NumberAxis linearAxis() {
        NumberAxis axis = new NumberAxis("price ×");
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(0.05);
        return axis;
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        // one antialiased path instead of one stroke per tick: paints a 1500-tick game several times faster
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShapesVisible(1, true);
        // the player's own trades: big outlined triangles, above the crowd's small dots
        renderer.setSeriesShape(1, new Polygon(new int[] {-8, 8, 0}, new int[] {7, 7, -8}, 3));
        renderer.setSeriesPaint(1, Palette.GREEN);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShapesVisible(2, true);
        renderer.setSeriesShape(2, new Polygon(new int[] {-8, 8, 0}, new int[] {-7, -7, 8}, 3));
        renderer.setSeriesPaint(2, Palette.RED);
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(Color.BLACK);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        return renderer;
    }

    /** What is plotted now: price points, buy markers, sell markers; for tests. */
    int[] plotted() {
        return new int[] {priceSeries.getItemCount(), buySeries.getItemCount(), sellSeries.getItemCount()};
    }

    /** Candles and other players' markers plotted now; for tests. */
    int[] plottedBoard() {
        return new int[] {candles.getItemCount(0), crowd.count()};
    }

    /** Whether the candles show (else the line), and whether other players' trades show; for tests. */
    boolean[] styleShown() {
        return new boolean[] {candleRenderer.getDefaultSeriesVisible(), crowd.renderer().getDefaultSeriesVisible()};
    }

    JCheckBox candlesToggle() {
        return candlesToggle;
    }

    JCheckBox crowdToggle() {
        return crowdToggle;
    }

    /** Candles or line, others' trades or not: the renderers only, the data stays. */
    void setStyle(boolean showCandles, boolean showCrowd) {
        candlesToggle.setSelected(showCandles);
        crowdToggle.setSelected(showCrowd);
        applyStyle();
    }

    private void applyStyle() {
        candleRenderer.setDefaultSeriesVisible(candlesToggle.isSelected());
        lineRenderer.setSeriesVisible(0, !candlesToggle.isSelected());
        crowd.setVisible(crowdToggle.isSelected());
    }

    boolean rugShown() {
        return rugMarker != null;
    }

    boolean sidebetShown() {
        return sidebetMarker != null;
    }

    /** The tick axis's shown range (lower, upper); for tests. */
    double[] domainRange() {
        return new double[] {plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getUpperBound()};
    }

    /** How often the price series was rebuilt from scratch (not appended to); for tests. */
    int priceRebuilds() {
        return priceRebuilds;
    }

    JCheckBox logScaleToggle() {
        return logScale;
    }

    boolean isLogScale() {
        return logScale.isSelected();
    }

    void setLogScale(boolean log) {
        logScale.setSelected(log);
        applyScale();
    }

    private void applyScale() {
        ValueAxis axis;
        if (logScale.isSelected()) {
            LogAxis log = new LogAxis("price × (log)");
            log.setSmallestValue(1e-4);
            log.setAutoRange(true);
            axis = log;
        } else {
            axis = linearAxis();
        }
        plot.setRangeAxis(axis);
        themeChanged();
    }

    /**
     * Updates the dataset only for what changed since the last game plotted. Between games (COOLDOWN, PRESALE)
     * the last game stays on the chart with its rug, until the next one starts: the new game has nothing to plot
     * yet but the one presale point, which made a degenerate plot.
     */
    void show(Game game) {
        show(game, List.of());
    }

    /** The game and other players' trades in it (drawn with the game they belong to). */
    void show(Game game, List<GameBoard.CrowdTrade> crowdTrades) {
        if (UiSnapshot.sameGame(game, shown) && crowdTrades == shownCrowd) {
            return;
        }
        shown = game;
        shownCrowd = crowdTrades;
        boolean between = game.phase() == GamePhase.COOLDOWN || game.phase() == GamePhase.PRESALE;
        if (!between || game.gameId().equals(plotted.gameId())) {
            plot(game);
            crowd.show(crowdTrades);
        } else if (plotted.prices().isEmpty() && !plotted.gameId().isEmpty()) {
            plot(Game.none());
        }
        headline.showMultiplier(game, plotted.rug());
        plot.setNoDataMessage(game.gameId().isEmpty() ? "Waiting for a game…"
                : "Next round in " + ChartHeadline.seconds(game.cooldownMs()));
        headline.showBanner(game, plotted.rug());
    }

    private void plot(Game game) {
        boolean sameGame = game.gameId().equals(plotted.gameId());
        if (game.prices() != plotted.prices()) {
            updatePrices(game.prices(), sameGame ? plotted.prices() : List.of());
        }
        if (game.trades() != plotted.trades()) {
            updateTrades(game.trades(), sameGame ? plotted.trades() : List.of());
        }
        if (!java.util.Objects.equals(game.rug(), plotted.rug())) {
            showRug(game.rug());
        }
        if (!java.util.Objects.equals(game.sidebet(), plotted.sidebet())) {
            showSidebet(game.sidebet());
        }
        plotted = game;
    }


    /** Appends the ticks {@code now} added to {@code before} (O(1) to tell); starts over only for another list. */
    private void updatePrices(List<PricePoint> now, List<PricePoint> before) {
        int from = AppendOnlyList.firstNew(now, before);
        if (from == 0) {
            priceSeries.clear();
            candles.clear();
            priceRebuilds++;
        }
        for (int i = from; i < now.size(); i++) {
            PricePoint point = now.get(i);
            double price = point.price().doubleValue();
            priceSeries.add(point.tick(), price, false);
            candles.add(point.tick(), price);
        }
        priceSeries.fireSeriesChanged();
        candles.changed();
    }

    /** The player's new buys and sells only, as for the prices. */
    private void updateTrades(List<TradeMarker> now, List<TradeMarker> before) {
        int from = AppendOnlyList.firstNew(now, before);
        if (from == 0) {
            buySeries.clear();
            sellSeries.clear();
        }
        for (TradeMarker trade : now.subList(from, now.size())) {
            (trade.side() == Side.BUY ? buySeries : sellSeries).add(trade.tick(), trade.price().doubleValue(), false);
        }
        buySeries.fireSeriesChanged();
        sellSeries.fireSeriesChanged();
    }


    private void showRug(PricePoint rug) {
        if (rugMarker != null) {
            plot.removeDomainMarker(rugMarker);
            rugMarker = null;
        }
        if (rug != null) {
            rugMarker = new ValueMarker(rug.tick(), Palette.RED, new BasicStroke(2f));
            rugMarker.setLabel("Rugged! " + MoneyFormat.price(rug.price()));
            rugMarker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            rugMarker.setLabelPaint(Palette.RED);
            rugMarker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            rugMarker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(rugMarker, Layer.FOREGROUND);
        }
    }

    private void showSidebet(UiSnapshot.SidebetWindow window) {
        if (sidebetMarker != null) {
            plot.removeDomainMarker(sidebetMarker, Layer.BACKGROUND);
            sidebetMarker = null;
        }
        if (window != null) {
            sidebetMarker = new IntervalMarker(window.startTick(), window.endTick(),
                    new Color(Palette.AMBER.getRed(), Palette.AMBER.getGreen(), Palette.AMBER.getBlue(), 60));
            sidebetMarker.setLabel("sidebet " + window.startTick() + "–" + window.endTick());
            sidebetMarker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            sidebetMarker.setLabelPaint(UIManager.getColor("Label.foreground"));
            sidebetMarker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
            sidebetMarker.setLabelAnchor(RectangleAnchor.TOP);
            sidebetMarker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(sidebetMarker, Layer.BACKGROUND);
        }
    }

    /** Chart colours follow the look and feel (light or dark). */
    void themeChanged() {
        Color background = UIManager.getColor("Panel.background");
        Color foreground = UIManager.getColor("Label.foreground");
        Color grid = UIManager.getColor("Separator.foreground");
        if (background == null || foreground == null) {
            return;
        }
        chart.setBackgroundPaint(background);
        plot.setBackgroundPaint(UIManager.getColor("TextField.background"));
        plot.setNoDataMessagePaint(foreground);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setOutlinePaint(grid);
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelPaint(foreground);
            axis.setTickLabelPaint(foreground);
            axis.setAxisLinePaint(grid);
            axis.setTickMarkPaint(grid);
        }
    }
}
