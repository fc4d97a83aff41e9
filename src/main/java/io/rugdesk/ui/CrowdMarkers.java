package io.rugdesk.ui;

import io.rugdesk.ui.GameBoard.CrowdAction;
import io.rugdesk.ui.GameBoard.CrowdTrade;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Other players' trades on the chart: small dots (buy green, sell red, sidebet amber), the newest
 * {@value #LABELLED} labelled "name buy 0.5", smaller and fainter than the player's own triangles so those stand
 * out. Only a new trade is added (a new trade every second or two on rugs.fun); the markers start over only for
 * another game's list. Thread: EDT only.
 */
final class CrowdMarkers {

    /** Amounts on the chart in three significant digits ("0.0316"), so labels stay short. */
    private static final java.math.MathContext SHORT = new java.math.MathContext(3, java.math.RoundingMode.HALF_UP);

    static final int LABELLED = 12;

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final Map<CrowdAction, XYSeries> series = new EnumMap<>(CrowdAction.class);
    private final Map<CrowdAction, List<CrowdTrade>> trades = new EnumMap<>(CrowdAction.class);
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    private List<CrowdTrade> shown = List.of();
    /** Only the newest trades carry a label: a busy game's hundreds of labels hid the price. */
    private java.util.Set<CrowdTrade> labelled = java.util.Set.of();

    CrowdMarkers() {
        Font labels = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        for (CrowdAction action : CrowdAction.values()) {
            XYSeries one = new XYSeries(action.name(), false, true);
            int index = dataset.getSeriesCount();
            dataset.addSeries(one);
            series.put(action, one);
            trades.put(action, new ArrayList<>());
            Color colour = switch (action) {
                case BUY -> Palette.GREEN;
                case SELL -> Palette.RED;
                case SIDEBET -> Palette.AMBER;
            };
            renderer.setSeriesPaint(index, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
            renderer.setSeriesShape(index, new Ellipse2D.Double(-3, -3, 6, 6));
            renderer.setSeriesItemLabelsVisible(index, true);
            renderer.setSeriesItemLabelFont(index, labels);
            renderer.setSeriesItemLabelPaint(index, colour.darker());
            renderer.setSeriesPositiveItemLabelPosition(index, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.BOTTOM_CENTER));
        }
        renderer.setDefaultItemLabelGenerator((data, s, item) -> {
            CrowdTrade trade = trades.get(CrowdAction.values()[s]).get(item);
            return labelled.contains(trade) ? label(trade) : null;
        });
    }

    XYSeriesCollection dataset() {
        return dataset;
    }

    XYLineAndShapeRenderer renderer() {
        return renderer;
    }

    /** Markers shown now, for tests. */
    int count() {
        return shown.size();
    }

    void show(List<CrowdTrade> crowd) {
        if (crowd == shown) {
            return;
        }
        int from = AppendOnlyList.firstNew(crowd, shown);
        shown = crowd;
        if (from == 0) {
            for (CrowdAction action : CrowdAction.values()) {
                series.get(action).clear();
                trades.get(action).clear();
            }
        }
        for (CrowdTrade trade : crowd.subList(from, crowd.size())) {
            series.get(trade.action()).add(trade.tick(), trade.price().doubleValue(), false);
            trades.get(trade.action()).add(trade);
        }
        labelled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        labelled.addAll(crowd.subList(Math.max(0, crowd.size() - LABELLED), crowd.size()));
        for (XYSeries one : series.values()) {
            one.fireSeriesChanged();
        }
    }

    void setVisible(boolean visible) {
        renderer.setDefaultSeriesVisible(visible);
    }

    static String label(CrowdTrade trade) {
        String action = switch (trade.action()) {
            case BUY -> "buy";
            case SELL -> "sell";
            case SIDEBET -> "sidebet";
        };
        return trade.name() + " " + action + " " + MoneyFormat.editable(trade.amount().round(SHORT));
    }
}
