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
 * "avgCostLocal", "gamePnlServer", "totalInvestedDiff"…; the row names are "cashLabel"… with the row's meaning in
 * their tooltip. A value never shows cut: too narrow, a cell shows it rounded and marked "≈" with every digit in
 * its tooltip ({@link FittedLabel}). A drifting field is painted red; a difference the verifier did not compare is
 * greyed, the reason in its tooltip, so the table never contradicts the drift indicator. Thread: EDT only.
 */
final class AccountPanel extends JPanel {

    private static final Color DRIFT_RED = Palette.RED;

    private final Map<AccountField, FittedLabel[]> cells = new EnumMap<>(AccountField.class);
    private Account shown;
    private AccountMode mode = AccountMode.REAL;
    private JLabel serverHeader;
    private JLabel gamePnlLabel;
    private Set<String> shownDrifting = Set.of();

    AccountPanel() {
        super(new GridBagLayout());
        setName("accountPanel");
        setBorder(BorderFactory.createTitledBorder("Account"));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 3, 2, 3);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridy = 0;
        String[] headers = {"", "Local", "Server", "Difference"};
        for (int x = 0; x < headers.length; x++) {
            c.gridx = x;
            c.weightx = x == 0 ? 0 : 1;
            JLabel header = new JLabel(headers[x], x == 0 ? SwingConstants.LEADING : SwingConstants.TRAILING);
            header.setFont(header.getFont().deriveFont(Font.BOLD));
            if (x == 2) {
                serverHeader = header;
                header.setName("accountServerHeader");
            }
            add(header, c);
        }
        for (AccountField field : AccountField.values()) {
            c.gridy++;
            c.gridx = 0;
            c.weightx = 0;
            JLabel name = new JLabel(field.label());
            name.setName(componentName(field) + "Label");
            name.setToolTipText(field.description());
            // the row names keep their width; the value columns give way (and round) first
            name.setMinimumSize(name.getPreferredSize());
            if (field == AccountField.GAME_PNL) {
                gamePnlLabel = name;
            }
            add(name, c);
            FittedLabel[] row = new FittedLabel[3];
            String[] suffix = {"Local", "Server", "Diff"};
            c.weightx = 1;
            for (int i = 0; i < 3; i++) {
                row[i] = new FittedLabel("—", SwingConstants.TRAILING);
                row[i].setName(componentName(field) + suffix[i]);
                row[i].setFont(new Font(Font.MONOSPACED, Font.PLAIN, row[i].getFont().getSize()));
                c.gridx = i + 1;
                add(row[i], c);
            }
            cells.put(field, row);
        }
    }

    /** "cash", "position", "avgCost", "gamePnl", "totalInvested": the prefix of the cell names. */
    static String componentName(AccountField field) {
        return field == AccountField.POSITION_QTY ? "position" : field.key();
    }

    /**
     * Paper: the title, the compared column and the P&amp;L row say PAPER, so the paper account is never taken
     * for the real one.
     */
    void show(AccountMode accountMode) {
        if (accountMode == mode) {
            return;
        }
        mode = accountMode;
        boolean paper = accountMode == AccountMode.PAPER;
        setBorder(BorderFactory.createTitledBorder(paper ? "Account — PAPER" : "Account"));
        serverHeader.setText(paper ? "Paper" : "Server");
        serverHeader.setToolTipText(paper ? "The paper exchange's account (no real SOL)" : null);
        gamePnlLabel.setText(paper ? "PAPER P&L" : AccountField.GAME_PNL.label());
    }

    void show(Account account, List<FieldDrift> drifting) {
        Set<String> driftingKeys = drifting.stream().map(FieldDrift::field).collect(Collectors.toSet());
        if (account.equals(shown) && driftingKeys.equals(shownDrifting)) {
            return;
        }
        shown = account;
        shownDrifting = driftingKeys;
        Color normal = UIManager.getColor("Label.foreground");
        Color grey = UIManager.getColor("Label.disabledForeground");
        for (AccountLine line : account.lines()) {
            FittedLabel[] row = cells.get(line.field());
            boolean quantity = line.field() == AccountField.POSITION_QTY;
            boolean drifts = driftingKeys.contains(line.field().key());
            String local = format(line.local(), quantity);
            String server = format(line.server(), quantity);
            String difference = MoneyFormat.signed(line.difference());
            row[0].show(local, MoneyFormat.rounded(local), null);
            row[1].show(server, MoneyFormat.rounded(server), null);
            String why;
            if (drifts) {
                why = line.field().label() + " drifts: server − local = " + difference;
            } else if (!line.compared() && line.difference() != null && line.difference().signum() != 0) {
                why = "Not compared: " + line.note();
            } else {
                why = null;
            }
            row[2].show(difference, MoneyFormat.rounded(difference), why);
            row[0].setForeground(drifts ? DRIFT_RED : normal);
            row[1].setForeground(drifts ? DRIFT_RED : normal);
            row[2].setForeground(drifts ? DRIFT_RED : why != null ? grey : normal);
        }
    }

    private static String format(BigDecimal value, boolean quantity) {
        return quantity ? MoneyFormat.quantity(value) : MoneyFormat.sol(value);
    }
}
