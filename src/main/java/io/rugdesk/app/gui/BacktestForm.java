package io.rugdesk.app.gui;

import io.rugdesk.app.StrategyJars;
import io.rugdesk.backtest.BacktestSettings;
import io.rugdesk.risk.RiskLimits;
import io.rugdesk.strategy.StrategyCatalog;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;

/**
 * The inputs of the Backtest window: strategy (the built-ins and those of the strategy jars loaded with "Load
 * strategy jar…", as {@code --strategy-jar}), its parameters (defaults filled in, descriptions as tool tips), the
 * source (a recording folder, or N generated games with a seed), start balance, fill latency and the risk limits of
 * the command ({@code --max-session-loss}, {@code --max-position}, {@code --stop-after-losses}; blank: none). Turns
 * them into {@link BacktestSettings} with the same checks and messages as the {@code backtest} command.
 * Thread: EDT only.
 */
final class BacktestForm {

    /** What to run: the checked settings and where the games come from. */
    record Request(BacktestSettings settings, Path folder, Long generate, long seed) {
    }

    private final List<Path> jars = new ArrayList<>();
    private StrategyCatalog catalog = StrategyCatalog.builtIn();
    private final JPanel panel = new JPanel(new GridBagLayout());
    private final StrategyFields strategy = new StrategyFields("backtest", StrategyCatalog.builtIn(), 1);
    private final JRadioButton fromFolder = new JRadioButton("Recording folder");
    private final JRadioButton generated = new JRadioButton("Generated games");
    private final JTextField folder = field("backtestFolder", "", 22);
    private final JTextField games = field("backtestGames", "1000", 8);
    private final JTextField seed = field("backtestSeed", "0", 8);
    private final JTextField balance = field("backtestBalance", "10", 8);
    private final JTextField latency = field("backtestLatency", "0", 8);
    private final JTextField maxSessionLoss = field("backtestMaxSessionLoss", "", 8);
    private final JTextField maxPosition = field("backtestMaxPosition", "", 8);
    private final JTextField stopAfterLosses = field("backtestStopAfterLosses", "", 8);
    private final JLabel jarStatus = new JLabel(" ");

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
        JButton loadJar = new JButton("Load strategy jar…");
        loadJar.setName("backtestLoadJar");
        loadJar.setToolTipText("Strategies from a jar that declares them in META-INF/services (as --strategy-jar)");
        loadJar.addActionListener(e -> chooseJar());
        jarStatus.setName("backtestJarStatus");
        maxSessionLoss.setToolTipText("no new buy or sidebet once the session's realised P&L is <= -SOL");
        maxPosition.setToolTipText("no buy beyond SOL held at cost");
        stopAfterLosses.setToolTipText("stop new buys and sidebets after N losing games in a row");

        int row = 0;
        add(new JLabel("Strategy"), strategy.picker(), row);
        panel.add(loadJar, constraints(2, row++));
        GridBagConstraints jarLine = constraints(0, row++);
        jarLine.gridwidth = 3;
        panel.add(jarStatus, jarLine);
        GridBagConstraints wide = constraints(0, row++);
        wide.gridwidth = 3;
        panel.add(strategy.parameters(), wide);
        add(fromFolder, folder, row);
        panel.add(browse, constraints(2, row++));
        add(generated, games, row++);
        add(new JLabel("Seed"), seed, row++);
        add(new JLabel("Start balance (SOL)"), balance, row++);
        add(new JLabel("Fill latency (ticks)"), latency, row++);
        add(new JLabel("Max session loss (SOL)"), maxSessionLoss, row++);
        add(new JLabel("Max position (SOL)"), maxPosition, row++);
        add(new JLabel("Stop after losses"), stopAfterLosses, row++);
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
        RiskLimits limits = new RiskLimits(optionalDecimal(maxSessionLoss, "max session loss"),
                optionalDecimal(maxPosition, "max position"),
                stopAfterLosses.getText().isBlank() ? null : (int) whole(stopAfterLosses, "stop after losses"));
        BacktestSettings settings = new BacktestSettings(configured, start, latencyTicks, limits, seedValue, true);
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

    private void chooseJar() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("backtestJarChooser");
        chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter("Java archives", "jar"));
        if (chooser.showDialog(panel, "Load strategies") == JFileChooser.APPROVE_OPTION) {
            loadJar(chooser.getSelectedFile().toPath());
        }
    }

    /** Adds the strategies of {@code jar} to the list (the first one it brings is selected); a bad jar is named. */
    void loadJar(Path jar) {
        List<Path> with = new ArrayList<>(jars);
        with.add(jar);
        StrategyCatalog loaded;
        try {
            loaded = StrategyJars.catalog(with);
        } catch (RuntimeException e) {
            jarStatus.setText("Cannot load " + jar.getFileName() + ": " + e.getMessage());
            return;
        }
        List<String> added = StrategyJars.added(catalog, loaded);
        jars.add(jar);
        catalog = loaded;
        strategy.useCatalog(catalog, added.isEmpty() ? null : added.get(0));
        jarStatus.setText(added.isEmpty() ? jar.getFileName() + " declares no new strategy"
                : "From " + jar.getFileName() + ": " + String.join(", ", added));
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

    private static BigDecimal optionalDecimal(JTextField field, String what) {
        return field.getText().isBlank() ? null : decimal(field, what);
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
