package io.rugdesk.app.gui;

import io.rugdesk.backtest.GameResult;
import io.rugdesk.backtest.ReportJson;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The Backtest window's per-game table: one row per game, exact decimals as in the JSON report. Thread: EDT. */
final class BacktestGamesModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"#", "game", "first tick", "rug tick", "P&L (SOL)", "balance (SOL)",
        "fills", "sidebets (won)", "refused", "failed"};

    private List<GameResult> games = List.of();

    void show(List<GameResult> shown) {
        games = shown;
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return games.size();
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
    public Object getValueAt(int row, int column) {
        GameResult g = games.get(row);
        return switch (column) {
            case 0 -> g.index() + 1;
            case 1 -> g.gameId();
            case 2 -> g.firstTick();
            case 3 -> g.rugTick();
            case 4 -> ReportJson.money(g.pnl());
            case 5 -> ReportJson.money(g.endBalance());
            case 6 -> g.fills();
            case 7 -> g.sidebets() + " (" + g.sidebetsWon() + ")";
            case 8 -> g.refused();
            default -> g.failed() == null ? "" : g.failed();
        };
    }
}
