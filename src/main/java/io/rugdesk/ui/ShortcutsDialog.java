package io.rugdesk.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/**
 * Help → Shortcuts: every shortcut with its key ("shortcutsTable"); a trading key can be changed ("changeKeyButton",
 * then press the new key; Escape cancels) or all put back ("resetKeysButton"). Changes are remembered by the
 * {@link Keymap} and bound at once. Thread: EDT only.
 */
final class ShortcutsDialog extends JDialog {

    private final Keymap keymap;
    private final Runnable keysChanged;
    private final RowsTableModel<Shortcut> model;
    private final JTable table;
    private final JButton change = new JButton("Change key…");
    private final JLabel status = new JLabel(" ");
    private KeyEventDispatcher capture;

    ShortcutsDialog(Frame owner, Keymap keymap, Runnable keysChanged) {
        super(owner, "Keyboard shortcuts", false);
        this.keymap = keymap;
        this.keysChanged = keysChanged;
        setName("shortcutsDialog");
        model = new RowsTableModel<>((shortcut, column) -> switch (column) {
            case 0 -> keymap.keyText(shortcut);
            case 1 -> shortcut.description();
            default -> Keymap.REMAPPABLE.contains(shortcut) ? "yes" : "";
        }, "Key", "Action", "Remappable");
        model.setRows(List.of(Shortcut.values()));
        table = new JTable(model);
        table.setName("shortcutsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setPreferredWidth(130);
        table.getColumnModel().getColumn(1).setPreferredWidth(320);
        table.getColumnModel().getColumn(2).setPreferredWidth(80);
        table.getSelectionModel().addListSelectionListener(e -> selectionChanged());
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(560, 420));

        change.setName("changeKeyButton");
        change.setEnabled(false);
        change.addActionListener(e -> startCapture());
        JButton reset = new JButton("Reset trading keys");
        reset.setName("resetKeysButton");
        reset.addActionListener(e -> {
            keymap.resetAll();
            applied("Trading keys reset to their defaults");
        });
        JButton close = new JButton("Close");
        close.setName("closeShortcutsButton");
        close.addActionListener(e -> setVisible(false));
        status.setName("shortcutStatus");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(change);
        buttons.add(reset);
        buttons.add(close);
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        south.add(status, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);
        add(scroll, BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
    }

    private Shortcut selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : Shortcut.values()[table.convertRowIndexToModel(row)];
    }

    private void selectionChanged() {
        Shortcut shortcut = selected();
        change.setEnabled(shortcut != null && Keymap.REMAPPABLE.contains(shortcut) && capture == null);
    }

    private void startCapture() {
        Shortcut shortcut = selected();
        if (shortcut == null || capture != null) {
            return;
        }
        status.setText("Press the new key for \"" + shortcut.description() + "\" (Escape cancels)");
        change.setEnabled(false);
        capture = event -> {
            if (event.getID() != KeyEvent.KEY_PRESSED || isModifier(event.getKeyCode())) {
                return event.getID() == KeyEvent.KEY_PRESSED || event.getID() == KeyEvent.KEY_RELEASED
                        || event.getID() == KeyEvent.KEY_TYPED;
            }
            stopCapture();
            KeyStroke key = KeyStroke.getKeyStroke(event.getKeyCode(), event.getModifiersEx());
            if (event.getKeyCode() == KeyEvent.VK_ESCAPE && event.getModifiersEx() == 0) {
                status.setText("Unchanged");
            } else {
                String refused = keymap.remap(shortcut, key);
                if (refused == null) {
                    applied(shortcut.description() + ": " + Shortcut.keyText(key));
                } else {
                    status.setText("Not changed: " + refused);
                }
            }
            return true;
        };
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(capture);
    }

    private void stopCapture() {
        if (capture != null) {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(capture);
            capture = null;
        }
        selectionChanged();
    }

    private void applied(String what) {
        status.setText(what);
        int row = table.getSelectedRow();
        model.fireTableDataChanged();
        if (row >= 0) {
            table.setRowSelectionInterval(row, row);
        }
        keysChanged.run();
    }

    private static boolean isModifier(int code) {
        return code == KeyEvent.VK_SHIFT || code == KeyEvent.VK_CONTROL || code == KeyEvent.VK_ALT
                || code == KeyEvent.VK_META || code == KeyEvent.VK_ALT_GRAPH;
    }

    @Override
    public void dispose() {
        stopCapture();
        super.dispose();
    }
}
