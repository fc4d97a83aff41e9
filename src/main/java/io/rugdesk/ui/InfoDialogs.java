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
import javax.swing.JTextField;

/** Help → About (version and folders) and View → Latency details. Thread: EDT only. */
final class InfoDialogs {

    private InfoDialogs() {
    }

    static void showAbout(Component parent, AboutFacts about) {
        JPanel panel = new JPanel(new BorderLayout(0, 10));
        panel.add(new JLabel("<html><b>Rugdesk</b> " + escape(about.version())
                + "<br>A desktop trading client for the rugs.fun crash game.<br>"
                + "Exact BigDecimal accounting, checked against the server after every update.</html>"),
                BorderLayout.NORTH);
        JPanel folders = new JPanel(new GridLayout(0, 2, 12, 4));
        folders.add(new JLabel("Settings"));
        folders.add(folderField("aboutSettingsFolder", about.settingsFolder()));
        folders.add(new JLabel("Recordings"));
        folders.add(folderField("aboutRecordingsFolder", about.recordingsFolder()));
        folders.add(new JLabel("Logs"));
        folders.add(folderField("aboutLogsFolder", about.logsFolder()));
        panel.add(folders, BorderLayout.CENTER);
        JOptionPane pane = new JOptionPane(panel, JOptionPane.INFORMATION_MESSAGE);
        JDialog dialog = pane.createDialog(parent, "About Rugdesk");
        dialog.setName("aboutDialog");
        dialog.setVisible(true);
        dialog.dispose();
    }

    /** A folder as selectable text, so it can be copied into a file manager or a terminal. */
    private static JTextField folderField(String name, String folder) {
        JTextField field = new JTextField(folder);
        field.setName(name);
        field.setEditable(false);
        field.setColumns(Math.min(48, Math.max(20, folder.length())));
        return field;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
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
