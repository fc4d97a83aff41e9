package io.rugdesk.app.gui;

import io.rugdesk.strategy.ParameterSpec;
import io.rugdesk.strategy.StrategyCatalog;
import io.rugdesk.strategy.StrategyFactory;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * A strategy picker and its parameters, as the Backtest window and the Strategy panel show them: one field per
 * documented parameter (default filled in, description as tool tip), read into a configured strategy with the
 * catalog's own checks, so a wrong value gets the same message as {@code --param} on the command line. The
 * combo is named {@code <prefix>Strategy}, the fields {@code <prefix>Param-<name>}.
 * Thread: EDT only.
 */
final class StrategyFields {

    private final String prefix;
    private final JComboBox<String> strategy = new JComboBox<>();
    private final JPanel parameters;
    private final Map<String, JTextField> parameterFields = new LinkedHashMap<>();
    private final int columns;
    private StrategyCatalog catalog;

    /** {@code columns}: parameters side by side in this many label/field pairs per row. */
    StrategyFields(String prefix, StrategyCatalog catalog, int columns) {
        this.prefix = prefix;
        this.catalog = catalog;
        this.parameters = new JPanel(new GridBagLayout());
        this.columns = columns;
        strategy.setName(prefix + "Strategy");
        parameters.setBorder(BorderFactory.createTitledBorder("Parameters"));
        fill(null);
        strategy.addActionListener(e -> showParameters());
    }

    JComboBox<String> picker() {
        return strategy;
    }

    JPanel parameters() {
        return parameters;
    }

    StrategyCatalog catalog() {
        return catalog;
    }

    /** Another catalog (a strategy jar was loaded); {@code select} is chosen when it has it. */
    void useCatalog(StrategyCatalog newCatalog, String select) {
        catalog = newCatalog;
        fill(select);
    }

    /**
     * The chosen strategy with the parameters typed in (blank: its default).
     *
     * @throws IllegalArgumentException with the catalog's message, naming the parameter at fault
     */
    StrategyCatalog.ConfiguredStrategy configure() {
        Map<String, String> given = new LinkedHashMap<>();
        parameterFields.forEach((name, field) -> {
            if (!field.getText().isBlank()) {
                given.put(name, field.getText().trim());
            }
        });
        return catalog.configure((String) strategy.getSelectedItem(), given);
    }

    void setEnabled(boolean enabled) {
        strategy.setEnabled(enabled);
        parameterFields.values().forEach(field -> field.setEnabled(enabled));
    }

    private void fill(String select) {
        strategy.removeAllItems();
        catalog.all().forEach(factory -> strategy.addItem(factory.name()));
        if (select != null && catalog.all().stream().anyMatch(f -> f.name().equals(select))) {
            strategy.setSelectedItem(select);
        }
        showParameters();
    }

    private void showParameters() {
        String name = (String) strategy.getSelectedItem();
        if (name == null) {
            return;
        }
        parameters.removeAll();
        parameterFields.clear();
        StrategyFactory factory = catalog.find(name);
        int index = 0;
        for (ParameterSpec spec : factory.parameters()) {
            JTextField field = new JTextField(spec.defaultValue() == null ? "" : spec.defaultValue(), 8);
            field.setName(prefix + "Param-" + spec.name());
            field.setToolTipText(spec.description());
            JLabel label = new JLabel(spec.name());
            label.setToolTipText(spec.description());
            int row = index / columns;
            int column = index % columns * 2;
            parameters.add(label, constraints(column, row));
            parameters.add(field, constraints(column + 1, row));
            parameterFields.put(spec.name(), field);
            index++;
        }
        if (index == 0) {
            parameters.add(new JLabel("none"), constraints(0, 0));
        }
        strategy.setToolTipText(factory.description());
        parameters.revalidate();
        parameters.repaint();
    }

    static GridBagConstraints constraints(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(2, 4, 2, 4);
        return c;
    }
}
