package io.rugdesk.app.gui;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The Strategy panel's decision log, newest first: game, tick, intent (with the strategy's reason), outcome
 * (SENT, FILLED, REFUSED) and the fill or the refusal's reason. Replaced as a whole when the view changes.
 * Thread: EDT only.
 */
final class DecisionsModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"Game", "Tick", "Intent", "Outcome", "Fill or reason"};

    private List<WindowTrading.Line> lines = List.of();

    void show(List<WindowTrading.Line> newLines) {
        if (newLines != lines) {
            lines = newLines;
            fireTableDataChanged();
        }
    }

    @Override
    public int getRowCount() {
        return lines.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 1 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        WindowTrading.Line line = lines.get(lines.size() - 1 - row);
        return switch (column) {
            case 0 -> shortId(line.gameId());
            case 1 -> line.tick();
            case 2 -> line.intent();
            case 3 -> line.outcome();
            default -> line.detail();
        };
    }

    private static String shortId(String gameId) {
        return gameId == null ? "" : gameId.length() > 12 ? "…" + gameId.substring(gameId.length() - 10) : gameId;
    }
}
