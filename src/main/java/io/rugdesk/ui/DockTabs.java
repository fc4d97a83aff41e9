package io.rugdesk.ui;

import java.awt.Component;
import javax.swing.JComponent;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

/**
 * The tabs below the chart: the event log first, then the panels docked beside it (the Strategy panel). A docked
 * panel taller than the room below the chart gets its height when it is brought to the front, up to half of the
 * split pane. Thread: EDT only.
 */
final class DockTabs extends JTabbedPane {

    private final JComponent eventLog;
    private JSplitPane split;

    DockTabs(JComponent eventLog) {
        this.eventLog = eventLog;
        setName("bottomTabs");
        addTab("Event log", eventLog);
        addChangeListener(e -> fit());
    }

    /** The split pane whose lower part these tabs are. */
    void placedIn(JSplitPane splitPane) {
        this.split = splitPane;
    }

    void dock(String title, JComponent panel) {
        addTab(title, panel);
    }

    void bringToFront(JComponent panel) {
        setSelectedComponent(panel);
        fit();
    }

    private void fit() {
        Component selected = getSelectedComponent();
        if (split == null || selected == null || selected == eventLog || !split.isShowing()) {
            return;
        }
        int available = split.getHeight() - split.getDividerSize();
        int header = getHeight() - selected.getHeight();
        int wanted = Math.min(selected.getPreferredSize().height + Math.max(header, 0), available / 2);
        if (available - split.getDividerLocation() < wanted) {
            split.setDividerLocation(available - wanted);
        }
    }
}
