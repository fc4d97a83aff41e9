package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.LogEntry;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/** The last N events (newest first) with a filter by type. Thread: EDT only. */
final class EventLogPanel extends JPanel {

    static final String ALL_TYPES = "all types";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final RowsTableModel<LogEntry> model = new RowsTableModel<>((entry, column) -> switch (column) {
        case 0 -> TIME.format(entry.time());
        case 1 -> entry.type();
        default -> entry.text();
    }, "Time", "Type", "Event");
    private final JComboBox<String> filter = new JComboBox<>(new String[] {ALL_TYPES});
    private final TreeSet<String> knownTypes = new TreeSet<>();
    private List<LogEntry> shown = List.of();

    EventLogPanel() {
        super(new BorderLayout());
        setName("eventLogPanel");
        filter.setName("eventLogFilter");
        filter.addActionListener(e -> refilter());
        JTable table = new JTable(model);
        table.setName("eventLogTable");
        table.setFillsViewportHeight(true);
        int timeWidth = table.getFontMetrics(table.getFont()).stringWidth("00:00:00.000") + 16;
        table.getColumnModel().getColumn(0).setMinWidth(timeWidth);
        table.getColumnModel().getColumn(0).setPreferredWidth(timeWidth);
        table.getColumnModel().getColumn(0).setMaxWidth(timeWidth + 20);
        table.getColumnModel().getColumn(1).setPreferredWidth(80);
        table.getColumnModel().getColumn(1).setMaxWidth(140);
        table.getColumnModel().getColumn(2).setPreferredWidth(600);
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 2));
        top.add(new JLabel("Event log"));
        top.add(filter);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    void show(List<LogEntry> events) {
        if (events.equals(shown)) {
            return;
        }
        shown = events;
        for (LogEntry entry : events) {
            if (knownTypes.add(entry.type())) {
                Object selected = filter.getSelectedItem();
                List<String> items = new ArrayList<>();
                items.add(ALL_TYPES);
                items.addAll(knownTypes);
                filter.setModel(new DefaultComboBoxModel<>(items.toArray(String[]::new)));
                filter.setSelectedItem(selected);
            }
        }
        refilter();
    }

    int visibleRows() {
        return model.getRowCount();
    }

    private void refilter() {
        Object type = filter.getSelectedItem();
        List<LogEntry> newRows = new ArrayList<>(shown.size());
        for (int i = shown.size() - 1; i >= 0; i--) {
            LogEntry entry = shown.get(i);
            if (type == null || ALL_TYPES.equals(type) || entry.type().equals(type)) {
                newRows.add(entry);
            }
        }
        model.setRows(newRows);
    }
}
