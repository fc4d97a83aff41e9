package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Drift;
import io.rugdesk.ui.UiSnapshot.DriftEntry;
import io.rugdesk.ui.UiSnapshot.FieldDrift;
import java.awt.BorderLayout;
import java.awt.Frame;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

/** Non-modal list of past verification results, newest first; follows the snapshots while open. Thread: EDT. */
final class DriftHistoryDialog extends JDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final HistoryModel model = new HistoryModel();
    private final JLabel summary = new JLabel();
    private Drift shown;

    DriftHistoryDialog(Frame owner) {
        super(owner, "Drift history", false);
        setName("driftHistoryDialog");
        JTable table = new JTable(model);
        table.setName("driftHistoryTable");
        table.getColumnModel().getColumn(0).setMaxWidth(110);
        table.getColumnModel().getColumn(1).setMaxWidth(150);
        summary.setName("driftHistorySummary");
        summary.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        add(summary, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        setSize(640, 360);
        setLocationRelativeTo(owner);
    }

    void show(Drift drift) {
        if (drift.equals(shown)) {
            return;
        }
        shown = drift;
        summary.setText("Now: " + drift.state() + " · drifted " + drift.driftCount() + " times · "
                + drift.history().size() + " results kept");
        model.rows = drift.history();
        model.fireTableDataChanged();
    }

    static String describe(List<FieldDrift> fields) {
        return fields.stream().map(f -> f.field() + " local " + MoneyFormat.sol(f.local()) + " server "
                + MoneyFormat.sol(f.server()) + " (" + MoneyFormat.signed(f.difference()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static final class HistoryModel extends AbstractTableModel {
        private final String[] columns = {"Time", "State", "Fields"};
        private List<DriftEntry> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int column) {
            return columns[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            DriftEntry entry = rows.get(rows.size() - 1 - row);
            return switch (column) {
                case 0 -> TIME.format(entry.time());
                case 1 -> entry.state().toString();
                default -> describe(entry.fields());
            };
        }
    }
}
