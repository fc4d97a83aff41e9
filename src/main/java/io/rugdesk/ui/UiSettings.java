package io.rugdesk.ui;

import java.awt.Rectangle;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs (theme, bounds, split panes, view toggles, last folders and URL), in
 * a {@link Preferences} node the app passes in (tests pass a throw-away node). Never holds a token, and no
 * recording choice: auto-record has one store, the recorder's settings file, and the window shows it from the
 * snapshot. Thread: EDT (the Preferences API itself is thread-safe).
 */
public final class UiSettings {

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);

    private final Preferences node;

    public UiSettings(Preferences node) {
        this.node = node;
    }

    /** The default node for the desktop app: {@code io/rugdesk/ui} in the user's preferences. */
    public static UiSettings forUser() {
        return new UiSettings(Preferences.userNodeForPackage(UiSettings.class));
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** The saved window bounds, or null the first time. */
    public Rectangle windowBounds() {
        int w = node.getInt("window.width", -1);
        int h = node.getInt("window.height", -1);
        if (w < 200 || h < 150) {
            return null;
        }
        return new Rectangle(node.getInt("window.x", 0), node.getInt("window.y", 0), w, h);
    }

    public void setWindowBounds(Rectangle bounds) {
        node.putInt("window.x", bounds.x);
        node.putInt("window.y", bounds.y);
        node.putInt("window.width", bounds.width);
        node.putInt("window.height", bounds.height);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void setMaximized(boolean maximized) {
        node.putBoolean("window.maximized", maximized);
    }

    /** A split pane's divider location, or -1 when never saved. */
    public int divider(String splitName) {
        return node.getInt("split." + splitName, -1);
    }

    public void setDivider(String splitName, int location) {
        node.putInt("split." + splitName, location);
    }

    public boolean logScale() {
        return node.getBoolean("chart.logScale", false);
    }

    public void setLogScale(boolean log) {
        node.putBoolean("chart.logScale", log);
    }

    /** Candles of 5 ticks (the page's convention), else a line. */
    public boolean candles() {
        return node.getBoolean("chart.candles", true);
    }

    public void setCandles(boolean candles) {
        node.putBoolean("chart.candles", candles);
    }

    /** Other players' trades on the chart. */
    public boolean crowdTrades() {
        return node.getBoolean("chart.crowdTrades", true);
    }

    public void setCrowdTrades(boolean shown) {
        node.putBoolean("chart.crowdTrades", shown);
    }

    public boolean eventLogVisible() {
        return node.getBoolean("view.eventLog", true);
    }

    public void setEventLogVisible(boolean visible) {
        node.putBoolean("view.eventLog", visible);
    }

    public String lastServerUrl() {
        return node.get("connection.lastUrl", "https://rugs.fun");
    }

    public void setLastServerUrl(String url) {
        node.put("connection.lastUrl", url);
    }

    public String lastRecordingDirectory() {
        return node.get("recording.lastOpenDir", null);
    }

    public void setLastRecordingDirectory(String directory) {
        node.put("recording.lastOpenDir", directory);
    }

    /** Writes to the backing store; a failure is logged, never thrown (the settings are a convenience). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the window settings: {}", e.getMessage());
        }
    }
}
