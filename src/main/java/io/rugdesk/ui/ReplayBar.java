package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Replay;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Play / pause / step / speed for a recording opened with File → Open recording…; visible only while a replay is
 * open. Thread: EDT only.
 */
final class ReplayBar extends JPanel {

    static final Double[] SPEEDS = {0.5, 1.0, 2.0, 5.0, 20.0};

    private final JLabel label = new JLabel();
    private final JButton playPause = new JButton("Play");
    private final JButton step = new JButton("Step");
    private final JComboBox<Double> speed = new JComboBox<>(SPEEDS);
    private final JButton close = new JButton("Close replay");
    private Replay shown = Replay.closed();
    private boolean updating;

    ReplayBar(UiCommands commands) {
        super(new FlowLayout(FlowLayout.LEADING, 8, 3));
        setName("replayBar");
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, Palette.BLUE));
        label.setName("replayLabel");
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        playPause.setName("replayPlayButton");
        playPause.addActionListener(e -> {
            if (shown.playing()) {
                commands.replayPause();
            } else {
                commands.replayPlay();
            }
        });
        step.setName("replayStepButton");
        step.addActionListener(e -> commands.replayStep());
        speed.setName("replaySpeedCombo");
        speed.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                return super.getListCellRendererComponent(list, speedText((Double) value), index, selected, focused);
            }
        });
        speed.addActionListener(e -> {
            if (!updating && speed.getSelectedItem() instanceof Double factor) {
                commands.replaySpeed(factor);
            }
        });
        close.setName("replayCloseButton");
        close.addActionListener(e -> commands.closeReplay());
        add(label);
        add(playPause);
        add(step);
        add(new JLabel("speed"));
        add(speed);
        add(close);
        setVisible(false);
    }

    static String speedText(Double factor) {
        return factor == null ? "" : String.format(Locale.ROOT, "%s×", factor % 1 == 0
                ? Integer.toString(factor.intValue()) : factor.toString());
    }

    void show(Replay replay) {
        if (replay.equals(shown)) {
            return;
        }
        shown = replay;
        setVisible(replay.open());
        label.setText("▶ replay  " + (replay.fileName() == null ? "" : replay.fileName()) + "   "
                + replay.position() + " / " + replay.length());
        playPause.setText(replay.playing() ? "Pause" : "Play");
        step.setEnabled(!replay.playing());
        updating = true;
        try {
            speed.setSelectedItem(replay.speed());
        } finally {
            updating = false;
        }
    }
}
