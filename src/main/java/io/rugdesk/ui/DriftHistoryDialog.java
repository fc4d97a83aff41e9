package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Drift;
import io.rugdesk.ui.UiSnapshot.DriftEntry;
import io.rugdesk.ui.UiSnapshot.FieldDrift;
import java.awt.BorderLayout;
import java.awt.Frame;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/** Non-modal list of past verification results, newest first; follows the snapshots while open. Thread: EDT. */
final class DriftHistoryDialog extends JDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final RowsTableModel<DriftEntry> model = new RowsTableModel<>((entry, column) -> switch (column) {
        case 0 -> TIME.format(entry.time());
        case 1 -> entry.state().toString();
        default -> describe(entry.fields());
    }, "Time", "State", "Fields");
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
        List<DriftEntry> newestFirst = new ArrayList<>(drift.history());
        Collections.reverse(newestFirst);
        model.setRows(newestFirst);
    }

    static String describe(List<FieldDrift> fields) {
        return fields.stream().map(f -> f.field() + " local " + MoneyFormat.sol(f.local()) + " server "
                + MoneyFormat.sol(f.server()) + " (" + MoneyFormat.signed(f.difference()) + ")")
                .collect(Collectors.joining("; "));
    }
}
