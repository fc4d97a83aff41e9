package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Account;
import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.ui.UiSnapshot.AccountLine;
import io.rugdesk.ui.UiSnapshot.FieldDrift;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * Local and server account values side by side with the difference (server − local) per field. Each cell is a
 * label named {@code <field><Local|Server|Diff>}: "cashLocal", "positionLocal", "positionServer", "positionDiff",
 * "avgCostLocal", "unrealizedPnlServer", "totalInvestedDiff"… A drifting field is painted red. Thread: EDT only.
 */
final class AccountPanel extends JPanel {

    private static final Color DRIFT_RED = Palette.RED;

    private final Map<AccountField, JLabel[]> cells = new EnumMap<>(AccountField.class);
    private Account shown;
    private Set<String> shownDrifting = Set.of();

    AccountPanel() {
        super(new GridBagLayout());
        setName("accountPanel");
        setBorder(BorderFactory.createTitledBorder("Account"));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 6, 2, 6);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridy = 0;
        String[] headers = {"", "Local", "Server", "Difference"};
        for (int x = 0; x < headers.length; x++) {
            c.gridx = x;
            c.weightx = x == 0 ? 0 : 1;
            JLabel header = new JLabel(headers[x], x == 0 ? SwingConstants.LEADING : SwingConstants.TRAILING);
            header.setFont(header.getFont().deriveFont(Font.BOLD));
            add(header, c);
        }
        for (AccountField field : AccountField.values()) {
            c.gridy++;
            c.gridx = 0;
            add(new JLabel(field.label()), c);
            JLabel[] row = new JLabel[3];
            String[] suffix = {"Local", "Server", "Diff"};
            for (int i = 0; i < 3; i++) {
                row[i] = new JLabel("—", SwingConstants.TRAILING);
                row[i].setName(componentName(field) + suffix[i]);
                row[i].setFont(new Font(Font.MONOSPACED, Font.PLAIN, row[i].getFont().getSize()));
                c.gridx = i + 1;
                add(row[i], c);
            }
            cells.put(field, row);
        }
    }

    /** "cash", "position", "avgCost", "unrealizedPnl", "totalInvested": the prefix of the cell names. */
    static String componentName(AccountField field) {
        return field == AccountField.POSITION_QTY ? "position" : field.key();
    }

    void show(Account account, List<FieldDrift> drifting) {
        Set<String> driftingKeys = drifting.stream().map(FieldDrift::field).collect(Collectors.toSet());
        if (account.equals(shown) && driftingKeys.equals(shownDrifting)) {
            return;
        }
        shown = account;
        shownDrifting = driftingKeys;
        Color normal = UIManager.getColor("Label.foreground");
        for (AccountLine line : account.lines()) {
            JLabel[] row = cells.get(line.field());
            boolean quantity = line.field() == AccountField.POSITION_QTY;
            row[0].setText(format(line.local(), quantity));
            row[1].setText(format(line.server(), quantity));
            row[2].setText(MoneyFormat.signed(line.difference()));
            boolean drifts = driftingKeys.contains(line.field().key());
            for (JLabel cell : row) {
                cell.setForeground(drifts ? DRIFT_RED : normal);
            }
            row[2].setToolTipText(drifts ? line.field().label() + " drifts: server − local = "
                    + MoneyFormat.signed(line.difference()) : null);
        }
    }

    private static String format(BigDecimal value, boolean quantity) {
        return quantity ? MoneyFormat.quantity(value) : MoneyFormat.sol(value);
    }
}
