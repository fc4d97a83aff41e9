package io.rugdesk.ui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.math.BigDecimal;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * Settings → Risk limits: one field per limit (empty: no limit) and whether the emergency stop sells. OK checks
 * every field and names the first bad one; the values go to {@link UiCommands#riskLimits}. Thread: EDT.
 */
final class RiskLimitsDialog extends JDialog {

    private final JTextField maxBuy = field("maxBuyField");
    private final JTextField maxPosition = field("maxPositionField");
    private final JTextField maxSidebet = field("maxSidebetField");
    private final JTextField maxSessionLoss = field("maxSessionLossField");
    private final JTextField maxDailyLoss = field("maxDailyLossField");
    private final JTextField stopAfterLosses = field("stopAfterLossesField");
    private final JTextField minSeconds = field("minSecondsField");
    private final JTextField keepAtLeast = field("keepAtLeastField");
    private final JCheckBox sell = new JCheckBox("The emergency stop sells 100 % of an open position");
    private final JLabel problem = new JLabel(" ");
    private RiskLimitsForm result;

    RiskLimitsDialog(JFrame owner, RiskLimitsForm current) {
        super(owner, "Risk limits", true);
        setName("riskLimitsDialog");
        JPanel grid = new JPanel(new GridLayout(0, 2, 6, 4));
        row(grid, "Max SOL per buy", maxBuy, current.maxBuy());
        row(grid, "Max position (SOL at cost)", maxPosition, current.maxPosition());
        row(grid, "Max sidebet stake (SOL)", maxSidebet, current.maxSidebet());
        row(grid, "Max session loss (SOL)", maxSessionLoss, current.maxSessionLoss());
        row(grid, "Max daily loss (SOL, local day)", maxDailyLoss, current.maxDailyLoss());
        row(grid, "Stop after N losing games in a row", stopAfterLosses,
                current.stopAfterLosses() == null ? null : BigDecimal.valueOf(current.stopAfterLosses()));
        row(grid, "Min seconds between orders", minSeconds, current.minSecondsBetweenOrders());
        row(grid, "Keep at least (SOL)", keepAtLeast, current.keepAtLeast());
        sell.setName("sellOnStopBox");
        sell.setSelected(current.sellOnEmergencyStop());
        problem.setName("riskLimitsProblem");
        problem.setForeground(Palette.RED);
        JButton ok = new JButton("OK");
        ok.setName("riskLimitsOk");
        ok.addActionListener(e -> accept());
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> setVisible(false));
        JPanel buttons = new JPanel();
        buttons.add(ok);
        buttons.add(cancel);
        JPanel south = new JPanel(new BorderLayout());
        south.add(sell, BorderLayout.NORTH);
        south.add(problem, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        content.add(new JLabel("Empty: no limit. Sells are never limited."), BorderLayout.NORTH);
        content.add(grid, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(ok);
        pack();
        setLocationRelativeTo(owner);
    }

    Optional<RiskLimitsForm> result() {
        return Optional.ofNullable(result);
    }

    private void accept() {
        try {
            result = new RiskLimitsForm(amount(maxBuy, "Max SOL per buy"), amount(maxPosition, "Max position"),
                    amount(maxSidebet, "Max sidebet stake"), amount(maxSessionLoss, "Max session loss"),
                    amount(maxDailyLoss, "Max daily loss"), streak(), amount(minSeconds, "Min seconds"),
                    amount(keepAtLeast, "Keep at least"), sell.isSelected());
            setVisible(false);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private Integer streak() {
        BigDecimal value = amount(stopAfterLosses, "Stop after N losing games");
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.signum() <= 0) {
            throw new IllegalArgumentException("Stop after N losing games: a whole number of 1 or more");
        }
        return value.intValueExact();
    }

    private static BigDecimal amount(JTextField field, String label) {
        String text = field.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                throw new IllegalArgumentException(label + ": must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + ": '" + text + "' is not a number");
        }
    }

    private static JTextField field(String name) {
        JTextField field = new JTextField(8);
        field.setName(name);
        return field;
    }

    private static void row(JPanel grid, String label, JTextField field, BigDecimal value) {
        grid.add(new JLabel(label));
        field.setText(value == null ? "" : value.stripTrailingZeros().toPlainString());
        grid.add(field);
    }
}
