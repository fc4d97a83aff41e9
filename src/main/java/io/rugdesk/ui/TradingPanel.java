package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Permission;
import io.rugdesk.ui.UiSnapshot.Permissions;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.math.BigDecimal;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Amount field (validated as you type), quick buttons and BUY / SELL % / SIDEBET. A button that cannot act now
 * is disabled and its tooltip says why: the snapshot's permission reason first, then an invalid amount.
 * Thread: EDT only.
 */
final class TradingPanel extends JPanel {

    static final int[] SELL_PERCENTS = {10, 25, 50, 100};
    private static final Shortcut[] SELL_SHORTCUTS = {Shortcut.SELL_10, Shortcut.SELL_25, Shortcut.SELL_50,
        Shortcut.SELL_100};

    private final UiCommands commands;
    private final Supplier<BigDecimal> localCash;
    private final Keymap keymap;
    private final java.util.Map<Shortcut, Runnable> keyActions = new java.util.EnumMap<>(Shortcut.class);
    private final java.util.Map<Shortcut, JButton> keyButtons = new java.util.EnumMap<>(Shortcut.class);
    private final JLabel sidebetOdds = new JLabel(" ");
    private final JLabel sidebetCountdown = new JLabel(" ");
    private GameBoard.SidebetOdds shownOdds;
    private String shownCountdown;
    private final JTextField amountField = new JTextField("0.01", 12);
    private final JLabel amountProblem = new JLabel(" ");
    private final JButton buyButton = new JButton("BUY");
    private final JButton sidebetButton = new JButton("SIDEBET");
    private final JButton[] sellButtons = new JButton[SELL_PERCENTS.length];
    private Permissions permissions = Permissions.allDenied("not connected");
    private AmountRules.Check amount = AmountRules.check(amountField.getText());

    TradingPanel(UiCommands commands, Supplier<BigDecimal> localCash, Keymap keymap) {
        super(new GridBagLayout());
        this.commands = commands;
        this.localCash = localCash;
        this.keymap = keymap;
        setName("tradingPanel");
        setBorder(BorderFactory.createTitledBorder("Trade"));

        amountField.setName("amountField");
        amountField.setFont(amountField.getFont().deriveFont(Font.BOLD, amountField.getFont().getSize2D() + 2f));
        amountField.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                amountChanged();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                amountChanged();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                amountChanged();
            }
        });
        amountProblem.setName("amountProblem");
        amountProblem.setFont(amountProblem.getFont().deriveFont(amountProblem.getFont().getSize2D() - 1f));

        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 4, 3, 4);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridx = 0;
        c.gridy = 0;
        add(new JLabel("Amount (SOL)"), c);
        c.gridx = 1;
        c.weightx = 1;
        add(amountField, c);
        c.gridx = 0;
        c.gridy = 1;
        c.gridwidth = 2;
        add(amountProblem, c);
        c.gridy = 2;
        add(quickButtons(), c);
        c.gridy = 3;
        add(actionButtons(), c);
        c.gridy = 4;
        add(sidebetRow(), c);
        amountChanged();
    }

    private JPanel quickButtons() {
        JPanel quick = new JPanel(new GridLayout(2, 4, 3, 3));
        quick.add(quickButton("+0.001", "plus0001Button", Shortcut.PLUS_0_001,
                () -> AmountRules.plus(amountField.getText(), new BigDecimal("0.001"))));
        quick.add(quickButton("+0.01", "plus001Button", Shortcut.PLUS_0_01,
                () -> AmountRules.plus(amountField.getText(), new BigDecimal("0.01"))));
        quick.add(quickButton("+0.1", "plus01Button", Shortcut.PLUS_0_1,
                () -> AmountRules.plus(amountField.getText(), new BigDecimal("0.1"))));
        quick.add(quickButton("clear", "clearButton", Shortcut.CLEAR, () -> null));
        quick.add(quickButton("½", "halfButton", Shortcut.HALF, () -> AmountRules.half(amountField.getText())));
        quick.add(quickButton("×2", "doubleButton", Shortcut.DOUBLE, () -> AmountRules.twice(amountField.getText())));
        quick.add(quickButton("MAX", "maxButton", Shortcut.MAX, () -> AmountRules.max(localCash.get())));
        return quick;
    }

    private JButton quickButton(String text, String name, Shortcut shortcut, Supplier<BigDecimal> newAmount) {
        Runnable apply = () -> {
            BigDecimal value = newAmount.get();
            amountField.setText(value == null ? "" : MoneyFormat.editable(value));
        };
        JButton button = new JButton(text);
        button.setName(name);
        button.setMargin(new Insets(2, 2, 2, 2));
        button.addActionListener(e -> apply.run());
        keyButtons.put(shortcut, button);
        bind(shortcut, apply);
        return button;
    }

    private JPanel actionButtons() {
        JPanel actions = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 2);
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.gridy = 0;
        c.gridwidth = 2;
        buyButton.setName("buyButton");
        styleAction(buyButton, "#2e9d4f");
        buyButton.addActionListener(e -> buy());
        bind(Shortcut.BUY, buyButton::doClick);
        actions.add(buyButton, c);
        c.gridx = 2;
        sidebetButton.setName("sidebetButton");
        styleAction(sidebetButton, "#3f6fd8");
        sidebetButton.addActionListener(e -> sidebet());
        bind(Shortcut.SIDEBET, sidebetButton::doClick);
        actions.add(sidebetButton, c);
        c.gridy = 1;
        c.gridwidth = 1;
        for (int i = 0; i < SELL_PERCENTS.length; i++) {
            int percent = SELL_PERCENTS[i];
            JButton sell = new JButton("SELL " + percent + "%");
            sell.setName("sell" + percent + "Button");
            styleAction(sell, "#d0453a");
            sell.addActionListener(e -> commands.sell(percent));
            bind(SELL_SHORTCUTS[i], sell::doClick);
            sellButtons[i] = sell;
            c.gridx = i;
            actions.add(sell, c);
        }
        bind(Shortcut.FOCUS_AMOUNT, amountField::requestFocusInWindow);
        return actions;
    }

    private static void styleAction(JButton button, String colour) {
        button.setFont(button.getFont().deriveFont(Font.BOLD));
        button.setBackground(java.awt.Color.decode(colour));
        button.setForeground(java.awt.Color.WHITE);
        button.setMargin(new Insets(6, 4, 6, 4));
    }

    /** Keys work from anywhere in the window; the button's own enabled state still decides (doClick). */
    private void bind(Shortcut shortcut, Runnable action) {
        keyActions.put(shortcut, action);
        String key = "rugdesk." + shortcut.name();
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(keymap.keyStroke(shortcut), key);
        getActionMap().put(key, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
        JButton quick = keyButtons.get(shortcut);
        if (quick != null) {
            quick.setToolTipText(shortcut.description() + " (" + keymap.keyText(shortcut) + ")");
        }
    }

    /** After a remap in Help → Shortcuts: every key bound again from the keymap. */
    void keysChanged() {
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).clear();
        for (java.util.Map.Entry<Shortcut, Runnable> entry : new java.util.EnumMap<>(keyActions).entrySet()) {
            bind(entry.getKey(), entry.getValue());
        }
        applyPermissions();
    }

    private JPanel sidebetRow() {
        JPanel row = new JPanel(new java.awt.BorderLayout(8, 0));
        sidebetCountdown.setName("sidebetCountdown");
        sidebetCountdown.setFont(sidebetCountdown.getFont().deriveFont(Font.BOLD));
        sidebetOdds.setName("sidebetOdds");
        sidebetOdds.setHorizontalAlignment(javax.swing.SwingConstants.TRAILING);
        row.add(sidebetCountdown, java.awt.BorderLayout.WEST);
        row.add(sidebetOdds, java.awt.BorderLayout.EAST);
        return row;
    }

    /** The open sidebet's ticks left, and the price of a sidebet placed now (computed by the domain). */
    void show(UiSnapshot.Game game, GameBoard.SidebetOdds odds) {
        UiSnapshot.SidebetWindow open = game.sidebet();
        String countdown = open == null || game.phase() != UiSnapshot.GamePhase.ACTIVE && game.phase()
                != UiSnapshot.GamePhase.PRESALE ? " "
                : "Sidebet open: " + Math.max(0, open.endTick() - game.tick()) + " ticks left (to tick "
                        + open.endTick() + ")";
        if (!countdown.equals(shownCountdown)) {
            shownCountdown = countdown;
            sidebetCountdown.setText(countdown);
            sidebetCountdown.setForeground(Palette.AMBER);
        }
        if (!java.util.Objects.equals(odds, shownOdds)) {
            shownOdds = odds;
            if (odds == null) {
                sidebetOdds.setText(" ");
                sidebetOdds.setToolTipText(null);
            } else {
                sidebetOdds.setText("Sidebet wins " + percent(odds.winChance(), 1) + " · expect "
                        + percent(odds.expectation(), 1) + " per bet");
                sidebetOdds.setToolTipText("<html>A sidebet placed now wins if the game rugs within "
                        + odds.windowTicks() + " ticks: chance " + percent(odds.winChance(), 4) + "<br>(the rug draw "
                        + "is made at every tick, whatever the price: 1 − 0.995<sup>" + odds.windowTicks()
                        + "</sup>).<br>A win pays " + odds.payout().toPlainString() + "× the stake; per SOL staked "
                        + "you get back " + percent(odds.expectation(), 4) + " on average.</html>");
            }
        }
    }

    /** A fraction as a signed-where-negative percentage ("18.2 %", "−9.2 %"). */
    static String percent(BigDecimal fraction, int decimals) {
        BigDecimal value = fraction.movePointRight(2).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return (value.signum() < 0 ? "\u2212" + value.abs().toPlainString() : value.toPlainString()) + " %";
    }

    private void buy() {
        if (amount.valid()) {
            commands.buy(amount.amount());
        }
    }

    private void sidebet() {
        if (amount.valid()) {
            commands.sidebet(amount.amount());
        }
    }

    private void amountChanged() {
        amount = AmountRules.check(amountField.getText());
        boolean bad = !amount.valid();
        amountField.putClientProperty("JComponent.outline", bad ? "error" : null);
        amountField.setToolTipText(bad ? amount.problem() : "Amount in SOL for BUY and SIDEBET");
        amountProblem.setText(bad ? amount.problem() : " ");
        amountProblem.setForeground(bad ? Palette.RED : amountProblem.getForeground());
        applyPermissions();
    }

    /** Called by the window's refresh when the snapshot's permissions changed. */
    void show(Permissions newPermissions) {
        if (!newPermissions.equals(permissions)) {
            permissions = newPermissions;
            applyPermissions();
        }
    }

    private void applyPermissions() {
        enable(buyButton, permissions.buy(), true, "Buy " + amountText() + " SOL (" + keymap.keyText(Shortcut.BUY)
                + ")");
        enable(sidebetButton, permissions.sidebet(), true,
                "Sidebet " + amountText() + " SOL on a rug within 40 ticks (" + keymap.keyText(Shortcut.SIDEBET) + ")");
        for (int i = 0; i < sellButtons.length; i++) {
            enable(sellButtons[i], permissions.sell(), false,
                    "Sell " + SELL_PERCENTS[i] + " % of the position (" + keymap.keyText(SELL_SHORTCUTS[i]) + ")");
        }
    }

    private String amountText() {
        return amount.valid() ? MoneyFormat.sol(amount.amount()) : "?";
    }

    private void enable(JButton button, Permission permission, boolean needsAmount, String whatItDoes) {
        if (!permission.enabled()) {
            button.setEnabled(false);
            button.setToolTipText(permission.reason().isEmpty() ? "Not possible now" : permission.reason());
        } else if (needsAmount && !amount.valid()) {
            button.setEnabled(false);
            button.setToolTipText("Invalid amount: " + amount.problem());
        } else {
            button.setEnabled(true);
            button.setToolTipText(whatItDoes);
        }
    }
}
