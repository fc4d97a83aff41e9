package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Connection;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Health;
import io.rugdesk.ui.UiSnapshot.Latency;
import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

/**
 * The page's "Unstable connection" warning, as a row under the indicator bar: shown while the last order took
 * {@value #UNSTABLE_MS} ms or more to be confirmed, or while the feed's health is degraded or stale (prices late or
 * missing) in a phase where orders go out (presale, active; between games no prices are due, and the health monitor's
 * "late" after a rug is no news), so the user knows an order may be delayed before placing it. Thread: EDT only.
 */
final class ConnectionBanner extends JLabel {

    static final long UNSTABLE_MS = 500;

    private Connection shownConnection;
    private Latency shownLatency;
    private GamePhase shownPhase;

    ConnectionBanner() {
        setName("connectionBanner");
        setOpaque(true);
        setBackground(Palette.AMBER);
        setForeground(Color.WHITE);
        setFont(getFont().deriveFont(Font.BOLD));
        setBorder(BorderFactory.createEmptyBorder(4, 12, 4, 12));
        setVisible(false);
    }

    void show(Connection connection, Latency latency, GamePhase phase) {
        if (connection.equals(shownConnection) && latency.equals(shownLatency) && phase == shownPhase) {
            return;
        }
        shownConnection = connection;
        shownLatency = latency;
        shownPhase = phase;
        String why = null;
        boolean trading = phase == GamePhase.ACTIVE || phase == GamePhase.PRESALE;
        if (trading && (connection.health() == Health.DEGRADED || connection.health() == Health.STALE)) {
            why = connection.healthText().isEmpty() ? "prices arriving late" : connection.healthText();
        }
        if (latency.samples() > 0 && latency.lastMs() >= UNSTABLE_MS) {
            why = latency.lastMs() + " ms" + (why == null ? "" : ", " + why);
        }
        boolean show = why != null;
        if (show) {
            setText("Unstable connection: " + why + ", orders may be delayed");
            setToolTipText("Last order request → confirmation " + (latency.samples() == 0 ? "not measured"
                    : latency.lastMs() + " ms (p50 " + latency.p50Ms() + ", p95 " + latency.p95Ms() + ")")
                    + "; feed " + connection.health().toString().toLowerCase(java.util.Locale.ROOT));
            setBackground(connection.health() == Health.STALE ? Palette.RED : Palette.AMBER);
        }
        if (show != isVisible()) {
            setVisible(show);
            if (getParent() != null) {
                getParent().revalidate();
            }
        }
    }
}
