package io.rugdesk.ui;

import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;

/**
 * The always-visible risk row: a red EMERGENCY STOP button (also {@link Shortcut#EMERGENCY_STOP}, anywhere in the
 * window), the guard's state (red while a limit or the emergency stop holds), Re-arm while stopped, and the
 * Settings → Risk limits… menu. Thread: EDT.
 */
public final class RiskBar extends JPanel {

    private final UiCommands commands;
    private final JFrame owner;
    private final JButton emergencyStop = new JButton("EMERGENCY STOP");
    private final JButton rearm = new JButton("Re-arm");
    private final JLabel state = new JLabel(RiskStatus.ARMED.text());
    private RiskStatus shown = RiskStatus.ARMED;

    public RiskBar(JFrame owner, UiCommands commands) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 2));
        this.owner = owner;
        this.commands = commands;
        setName("riskBar");
        emergencyStop.setName("emergencyStopButton");
        emergencyStop.setBackground(Palette.RED);
        emergencyStop.setForeground(java.awt.Color.WHITE);
        emergencyStop.setFont(emergencyStop.getFont().deriveFont(Font.BOLD));
        emergencyStop.setToolTipText("Stops every strategy, refuses new buys and sidebets until re-armed, and sells"
                + " the open position if the risk settings say so (" + Shortcut.EMERGENCY_STOP.keyText() + ")");
        emergencyStop.addActionListener(e -> commands.emergencyStop());
        rearm.setName("rearmButton");
        rearm.setVisible(false);
        rearm.addActionListener(e -> commands.rearmRisk());
        state.setName("riskStateLabel");
        add(emergencyStop);
        add(state);
        add(rearm);
        JComponent root = owner.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(Shortcut.EMERGENCY_STOP.keyStroke(), "emergencyStop");
        root.getActionMap().put("emergencyStop", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                emergencyStop.doClick();
            }
        });
    }

    /** Settings → Risk limits…, for the menu bar. */
    public JMenu settingsMenu() {
        JMenu settings = new JMenu("Settings");
        settings.setName("settingsMenu");
        JMenuItem limits = new JMenuItem("Risk limits…");
        limits.setName("riskLimitsItem");
        limits.addActionListener(e -> openLimits());
        settings.add(limits);
        return settings;
    }

    public void openLimits() {
        RiskLimitsDialog dialog = new RiskLimitsDialog(owner, commands.currentRiskLimits());
        dialog.setVisible(true);
        dialog.result().ifPresent(commands::riskLimits);
        dialog.dispose();
    }

    public void show(RiskStatus status) {
        if (status == null || status.equals(shown)) {
            return;
        }
        shown = status;
        state.setText(status.text());
        state.setForeground(status.stopped() ? Palette.RED : Palette.GREY);
        state.setFont(state.getFont().deriveFont(status.stopped() ? Font.BOLD : Font.PLAIN));
        rearm.setVisible(status.stopped());
        revalidate();
    }

    JButton emergencyStopButton() {
        return emergencyStop;
    }
}
