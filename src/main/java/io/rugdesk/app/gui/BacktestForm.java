package io.rugdesk.app.gui;

import io.rugdesk.backtest.BacktestSettings;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.math.BigDecimal;
import java.nio.file.Path;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;

/**
 * The inputs of the Backtest window: strategy, its parameters (defaults filled in, descriptions as tool tips),
 * the source (a recording folder, or N generated games with a seed), start balance and fill latency. Turns them
 * into {@link BacktestSettings} with the same checks and messages as the {@code backtest} command.
 * Thread: EDT only.
 */
final class BacktestForm {

    /** What to run: the checked settings and where the games come from. */
    record Request(BacktestSettings settings, Path folder, Long generate, long seed) {
    }

    private final JPanel panel = new JPanel(new GridBagLayout());
    private final StrategyFields strategy = new StrategyFields("backtest", StrategyCatalog.builtIn(), 1);
    private final JRadioButton fromFolder = new JRadioButton("Recording folder");
    private final JRadioButton generated = new JRadioButton("Generated games");
    private final JTextField folder = field("backtestFolder", "", 22);
    private final JTextField games = field("backtestGames", "1000", 8);
    private final JTextField seed = field("backtestSeed", "0", 8);
    private final JTextField balance = field("backtestBalance", "10", 8);
    private final JTextField latency = field("backtestLatency", "0", 8);

    BacktestForm(String recordingFolder) {
        fromFolder.setName("backtestSourceFolder");
        generated.setName("backtestSourceGenerated");
        ButtonGroup source = new ButtonGroup();
        source.add(fromFolder);
        source.add(generated);
        folder.setText(recordingFolder == null ? "" : recordingFolder);
        (recordingFolder == null ? generated : fromFolder).setSelected(true);
        JButton browse = new JButton("Browse…");
        browse.setName("backtestBrowse");
        browse.addActionListener(e -> chooseFolder());

        int row = 0;
        add(new JLabel("Strategy"), strategy.picker(), row++);
        GridBagConstraints wide = constraints(0, row++);
        wide.gridwidth = 3;
        panel.add(strategy.parameters(), wide);
        add(fromFolder, folder, row);
        panel.add(browse, constraints(2, row++));
        add(generated, games, row++);
        add(new JLabel("Seed"), seed, row++);
        add(new JLabel("Start balance (SOL)"), balance, row++);
        add(new JLabel("Fill latency (ticks)"), latency, row++);
    }

    JComponent component() {
        return panel;
    }

    /** The checked request; an {@link IllegalArgumentException} names the field that is wrong. */
    Request request() {
        StrategyCatalog.ConfiguredStrategy configured = strategy.configure();
        BigDecimal start = decimal(balance, "start balance");
        int latencyTicks = (int) whole(latency, "fill latency");
        long seedValue = whole(seed, "seed");
        BacktestSettings settings = new BacktestSettings(configured, start, latencyTicks, RiskLimits.NONE, seedValue,
                true);
        if (generated.isSelected()) {
            long count = whole(games, "generated games");
            if (count < 1) {
                throw new IllegalArgumentException("generated games must be 1 or more, was " + count);
            }
            return new Request(settings, null, count, seedValue);
        }
        if (folder.getText().isBlank()) {
            throw new IllegalArgumentException("recording folder: choose a folder, or generated games");
        }
        return new Request(settings, Path.of(folder.getText().trim()), null, seedValue);
    }

    void setEnabled(boolean enabled) {
        setEnabled(panel, enabled);
    }

    private static void setEnabled(JComponent component, boolean enabled) {
        component.setEnabled(enabled);
        for (var child : component.getComponents()) {
            if (child instanceof JComponent c) {
                setEnabled(c, enabled);
            }
        }
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser(folder.getText());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showDialog(panel, "Use this folder") == JFileChooser.APPROVE_OPTION) {
            folder.setText(chooser.getSelectedFile().toString());
            fromFolder.setSelected(true);
        }
    }

    private void add(JComponent label, JComponent field, int row) {
        panel.add(label, constraints(0, row));
        panel.add(field, constraints(1, row));
    }

    private static GridBagConstraints constraints(int x, int y) {
        return StrategyFields.constraints(x, y);
    }

    private static JTextField field(String name, String text, int columns) {
        JTextField field = new JTextField(text, columns);
        field.setName(name);
        return field;
    }

    private static BigDecimal decimal(JTextField field, String what) {
        try {
            return new BigDecimal(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + field.getText() + "'");
        }
    }

    private static long whole(JTextField field, String what) {
        try {
            long value = Long.parseLong(field.getText().trim());
            if (value < 0) {
                throw new IllegalArgumentException(what + " must be 0 or more, was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + field.getText() + "'");
        }
    }
}
