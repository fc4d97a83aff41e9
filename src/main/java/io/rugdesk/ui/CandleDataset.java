package io.rugdesk.ui;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.OHLCDataset;

/**
 * The price as candles of {@value #TICKS} ticks, the page's convention: ticks 0–4 make the first candle, 5–9 the
 * next… A candle opens at the previous candle's close (so candles join up, as on the page; the first at its first
 * price) and closes at its last price. Ticks are appended one by one, so a new tick
 * changes only the last candle or adds one; nothing is recomputed. Doubles, for plotting only.
 * Thread: EDT only.
 */
final class CandleDataset extends AbstractXYDataset implements OHLCDataset {

    static final int TICKS = 5;

    /** Per candle: first tick of the candle, open, high, low, close. */
    private final List<double[]> candles = new ArrayList<>();

    void clear() {
        candles.clear();
    }

    /** A tick's price; a tick of an earlier candle than the last is ignored (ticks only go forward). */
    void add(int tick, double price) {
        int start = tick - Math.floorMod(tick, TICKS);
        double[] last = candles.isEmpty() ? null : candles.get(candles.size() - 1);
        if (last != null && (int) last[0] == start) {
            last[2] = Math.max(last[2], price);
            last[3] = Math.min(last[3], price);
            last[4] = price;
        } else if (last == null || start > (int) last[0]) {
            double open = last == null ? price : last[4];
            candles.add(new double[] {start, open, Math.max(open, price), Math.min(open, price), price});
        }
    }

    /** Tells the chart to repaint, once per batch of ticks. */
    void changed() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return 1;
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return "candles";
    }

    @Override
    public int getItemCount(int series) {
        return candles.size();
    }

    /** The middle of the candle's ticks, so a candle sits over the ticks it covers. */
    @Override
    public Number getX(int series, int item) {
        return candles.get(item)[0] + (TICKS - 1) / 2.0;
    }

    @Override
    public Number getY(int series, int item) {
        return getClose(series, item);
    }

    @Override
    public Number getOpen(int series, int item) {
        return candles.get(item)[1];
    }

    @Override
    public double getOpenValue(int series, int item) {
        return candles.get(item)[1];
    }

    @Override
    public Number getHigh(int series, int item) {
        return candles.get(item)[2];
    }

    @Override
    public double getHighValue(int series, int item) {
        return candles.get(item)[2];
    }

    @Override
    public Number getLow(int series, int item) {
        return candles.get(item)[3];
    }

    @Override
    public double getLowValue(int series, int item) {
        return candles.get(item)[3];
    }

    @Override
    public Number getClose(int series, int item) {
        return candles.get(item)[4];
    }

    @Override
    public double getCloseValue(int series, int item) {
        return candles.get(item)[4];
    }

    @Override
    public Number getVolume(int series, int item) {
        return 0;
    }

    @Override
    public double getVolumeValue(int series, int item) {
        return 0;
    }
}
