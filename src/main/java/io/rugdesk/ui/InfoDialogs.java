package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Latency;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Frame;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;

/** Help → About and View → Latency details. Thread: EDT only. */
final class InfoDialogs {

    private InfoDialogs() {
    }

    static void showAbout(Component parent) {
        String version = InfoDialogs.class.getPackage().getImplementationVersion();
        JOptionPane.showMessageDialog(parent, "<html><b>Rugdesk</b> " + (version == null ? "dev" : version)
                + "<br>A desktop trading client for the rugs.fun crash game.<br>"
                + "Exact BigDecimal accounting, checked against the server after every update.</html>",
                "About Rugdesk", JOptionPane.INFORMATION_MESSAGE);
    }

    /** Non-modal window with the latency figures, kept current by the window's refresh. */
    static final class LatencyDetails extends JDialog {
        private final JLabel last = new JLabel();
        private final JLabel p50 = new JLabel();
        private final JLabel p95 = new JLabel();
        private final JLabel samples = new JLabel();
        private final JLabel spike = new JLabel();
        private Latency shown;

        LatencyDetails(Frame owner) {
            super(owner, "Latency details", false);
            setName("latencyDetailsDialog");
            last.setName("latencyLast");
            p50.setName("latencyP50");
            p95.setName("latencyP95");
            JPanel grid = new JPanel(new GridLayout(0, 2, 12, 4));
            grid.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
            grid.add(new JLabel("Last request → confirmation"));
            grid.add(last);
            grid.add(new JLabel("Median (p50)"));
            grid.add(p50);
            grid.add(new JLabel("95th percentile (p95)"));
            grid.add(p95);
            grid.add(new JLabel("Orders measured"));
            grid.add(samples);
            grid.add(new JLabel("Last was a spike"));
            grid.add(spike);
            add(grid, BorderLayout.CENTER);
            pack();
            setLocationRelativeTo(owner);
        }

        void show(Latency latency) {
            if (latency.equals(shown)) {
                return;
            }
            shown = latency;
            boolean none = latency.samples() == 0;
            last.setText(none ? "—" : latency.lastMs() + " ms");
            p50.setText(none ? "—" : latency.p50Ms() + " ms");
            p95.setText(none ? "—" : latency.p95Ms() + " ms");
            samples.setText(Integer.toString(latency.samples()));
            spike.setText(latency.spike() ? "yes" : "no");
        }
    }
}
