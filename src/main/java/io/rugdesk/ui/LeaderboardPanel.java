package io.rugdesk.ui;

import io.rugdesk.ui.GameBoard.Leader;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.math.RoundingMode;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The current game's top 10 from the server's leaderboard: rank, name, P&amp;L in SOL and %. The player's own row
 * is bold; gains green, losses red. The table ("leaderboardTable") changes only when the rows did.
 * Thread: EDT only.
 */
final class LeaderboardPanel extends JPanel {

    private static final int PNL_DECIMALS = 6;

    private final RowsTableModel<Leader> model = new RowsTableModel<>(LeaderboardPanel::cell, "#", "Player",
            "P&L (SOL)", "%");
    private final JTable table = new JTable(model);
    private List<Leader> shown = List.of();

    LeaderboardPanel() {
        super(new BorderLayout());
        setName("leaderboardPanel");
        setBorder(BorderFactory.createTitledBorder("Top 10 this game"));
        table.setName("leaderboardTable");
        table.setFocusable(false);
        table.setRowSelectionAllowed(false);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new Renderer());
        int[] widths = {26, 150, 100, 64};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(340, table.getRowHeight() * GameBoard.MAX_LEADERS + 28));
        add(scroll, BorderLayout.CENTER);
    }

    void show(List<Leader> leaders) {
        if (leaders == shown || leaders.equals(shown)) {
            return;
        }
        shown = leaders;
        model.setRows(leaders);
    }

    private static Object cell(Leader leader, int column) {
        return switch (column) {
            case 0 -> Integer.toString(leader.rank());
            case 1 -> leader.name();
            case 2 -> MoneyFormat.signed(leader.pnl().setScale(PNL_DECIMALS, RoundingMode.HALF_UP));
            default -> MoneyFormat.signed(leader.pnlPercent().setScale(1, RoundingMode.HALF_UP)) + " %";
        };
    }

    private final class Renderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            JLabel label = (JLabel) super.getTableCellRendererComponent(t, value, false, false, row, column);
            Leader leader = shown.get(row);
            label.setHorizontalAlignment(column >= 2 ? SwingConstants.TRAILING : SwingConstants.LEADING);
            label.setFont(label.getFont().deriveFont(leader.me() ? Font.BOLD : Font.PLAIN));
            // the colour of the figure shown: a P&L that rounds to 0 is neither a gain nor a loss
            int sign = leader.pnl().setScale(PNL_DECIMALS, RoundingMode.HALF_UP).signum();
            label.setForeground(column >= 2 && sign != 0 ? (sign > 0 ? Palette.GREEN : Palette.RED)
                    : t.getForeground());
            label.setToolTipText(leader.me() ? "You" : null);
            return label;
        }
    }
}
