package io.rugdesk.ui;

import java.util.List;
import java.util.function.BiFunction;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table over a list of immutable rows that is replaced as a whole when a new snapshot arrives.
 * Thread: EDT.
 */
public final class RowsTableModel<T> extends AbstractTableModel {

    private final String[] columns;
    private final BiFunction<T, Integer, Object> cell;
    private List<T> rows = List.of();

    /** {@code cell} gives the value of a row in a column (0-based). */
    public RowsTableModel(BiFunction<T, Integer, Object> cell, String... columns) {
        this.cell = cell;
        this.columns = columns.clone();
    }

    public void setRows(List<T> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

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
        return cell.apply(rows.get(row), column);
    }
}
