package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Drift;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.FieldDrift;
import io.rugdesk.ui.UiSnapshot.Latency;
import io.rugdesk.ui.UiSnapshot.Player;
import io.rugdesk.ui.UiSnapshot.Recording;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * The always-visible strip above the chart: player, drift indicator (+ "Adopt server state" while drifting),
 * latency (flashes on a spike) and the REC indicator. One row that never wraps: with FlowLayout the row wrapped
 * below the strip's height, out of sight, and REC vanished in windows narrower than ~1600 px. When the row is short
 * of width, the REC file name gives way first, then the player id, both cut in the middle with the whole text in
 * the tooltip. Thread: EDT only.
 */
final class IndicatorBar extends JPanel {

    private static final int FLASHES = 6;

    private final ElidedLabel playerLabel = new ElidedLabel();
    private final JButton driftIndicator = new JButton();
    private final JButton adoptButton = new JButton("Adopt server state");
    private final JLabel latencyLabel = new JLabel();
    private final ElidedLabel recIndicator = new ElidedLabel();
    private final Timer flashTimer;
    private int flashesLeft;
    private Player shownPlayer;
    private Drift shownDrift;
    private Latency shownLatency;
    private Recording shownRecording;

    IndicatorBar(Runnable openDriftHistory, Runnable adoptServerState) {
        setName("indicatorBar");
        playerLabel.setName("playerLabel");
        playerLabel.setFont(playerLabel.getFont().deriveFont(Font.BOLD));
        driftIndicator.setName("driftIndicator");
        driftIndicator.setFont(driftIndicator.getFont().deriveFont(Font.BOLD));
        driftIndicator.setForeground(Color.WHITE);
        driftIndicator.setFocusable(false);
        driftIndicator.addActionListener(e -> openDriftHistory.run());
        adoptButton.setName("adoptServerStateButton");
        adoptButton.setToolTipText("Replace the local account by the server's values ("
                + Shortcut.ADOPT_SERVER_STATE.keyText() + ")");
        adoptButton.addActionListener(e -> adoptServerState.run());
        adoptButton.setVisible(false);
        latencyLabel.setName("latencyLabel");
        latencyLabel.setOpaque(false);
        latencyLabel.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        recIndicator.setName("recIndicator");
        recIndicator.setFont(recIndicator.getFont().deriveFont(Font.BOLD));

        setLayout(new OneRowLayout(10, 4, recIndicator, playerLabel));
        add(playerLabel);
        add(Box.createHorizontalStrut(12));
        add(driftIndicator);
        add(adoptButton);
        add(Box.createHorizontalStrut(12));
        add(latencyLabel);
        add(Box.createHorizontalStrut(12));
        add(recIndicator);

        flashTimer = new Timer(180, e -> flashStep());
        show(Player.notLoggedIn());
        show(Drift.unverified());
        show(Latency.none());
        show(new Recording(false, null, false, null));
    }

    JButton adoptButton() {
        return adoptButton;
    }

    void show(Player player) {
        if (player.equals(shownPlayer)) {
            return;
        }
        shownPlayer = player;
        if (player.loggedIn()) {
            String name = player.username() == null || player.username().isBlank() ? "(no name)" : player.username();
            String id = player.id() == null || player.id().isBlank() ? "" : player.id();
            playerLabel.setText(name, id.isEmpty() ? "" : "  ·  " + id);
            playerLabel.setToolTipText("Logged in as " + name + (id.isEmpty() ? "" : " (" + id + ")"));
        } else {
            playerLabel.setText("not logged in", "");
            playerLabel.setToolTipText("Not logged in: trading is disabled");
        }
    }

    void show(Drift drift) {
        if (drift.equals(shownDrift)) {
            return;
        }
        shownDrift = drift;
        driftIndicator.setText(switch (drift.state()) {
            case IN_SYNC -> "● in sync";
            case WITHIN_TOLERANCE -> "● within tolerance";
            case DRIFT -> "● DRIFT ×" + drift.driftCount();
            case UNVERIFIED -> "● unverified";
        });
        driftIndicator.setBackground(Palette.of(drift.state()));
        driftIndicator.setToolTipText(tooltip(drift));
        adoptButton.setVisible(drift.state() == DriftState.DRIFT);
    }

    static String tooltip(Drift drift) {
        StringBuilder html = new StringBuilder("<html>");
        html.append(switch (drift.state()) {
            case IN_SYNC -> "Local account matches the server.";
            case WITHIN_TOLERANCE -> "Local and server differ within tolerance.";
            case DRIFT -> "<b>Local account differs from the server</b> (" + drift.driftCount() + " times so far).";
            case UNVERIFIED -> "Not verified yet: no server account update seen.";
        });
        for (FieldDrift field : drift.fields()) {
            html.append("<br>").append(field.field()).append(": local ").append(MoneyFormat.sol(field.local()))
                    .append(", server ").append(MoneyFormat.sol(field.server()))
                    .append(", diff ").append(MoneyFormat.signed(field.difference()));
        }
        return html.append("<br><i>Click for the drift history.</i></html>").toString();
    }

    void show(Latency latency) {
        if (latency.equals(shownLatency)) {
            return;
        }
        boolean newSpike = latency.spike() && (shownLatency == null || !shownLatency.spike());
        shownLatency = latency;
        latencyLabel.setText(latency.samples() == 0 ? "latency —"
                : "latency " + latency.lastMs() + " ms  (p50 " + latency.p50Ms() + " · p95 " + latency.p95Ms() + ")");
        latencyLabel.setToolTipText("Order request → server confirmation, over " + latency.samples()
                + " orders" + (latency.spike() ? "; the last one was a spike" : ""));
        latencyLabel.putClientProperty("rugdesk.spike", latency.spike());
        if (newSpike) {
            flashesLeft = FLASHES;
            flashTimer.restart();
        }
    }

    private void flashStep() {
        boolean on = flashesLeft % 2 == 0 && flashesLeft > 0;
        latencyLabel.setOpaque(on);
        latencyLabel.setBackground(Palette.RED);
        latencyLabel.setForeground(on ? Color.WHITE : UIManager.getColor("Label.foreground"));
        latencyLabel.repaint();
        if (flashesLeft-- <= 0) {
            flashTimer.stop();
        }
    }

    void show(Recording recording) {
        if (recording.equals(shownRecording)) {
            return;
        }
        shownRecording = recording;
        if (recording.active()) {
            String file = recording.fileName() == null ? "" : recording.fileName();
            recIndicator.setText("REC  ", file);
            recIndicator.setIcon(new DotIcon(Palette.RED, 11));
            recIndicator.setForeground(Palette.RED);
            recIndicator.setToolTipText("Recording to " + fullPath(recording.folder(), file));
        } else {
            recIndicator.setText(recording.autoRecord() ? "auto-record on" : "not recording", "");
            recIndicator.setIcon(new DotIcon(Palette.GREY, 11));
            recIndicator.setForeground(UIManager.getColor("Label.disabledForeground"));
            recIndicator.setToolTipText(recording.autoRecord() ? "The next game will be recorded"
                    : "Recording → Auto-record games, or Start now");
        }
    }

    /** The folder joined with the file name, as text only (no file system access on the EDT). */
    static String fullPath(String folder, String file) {
        if (folder == null || folder.isBlank()) {
            return file;
        }
        try {
            return Path.of(folder, file).toString();
        } catch (InvalidPathException e) {
            return folder + "/" + file;
        }
    }

    /** Colours from the look and feel are re-read after a theme switch. */
    void themeChanged() {
        Recording recording = shownRecording;
        shownRecording = null;
        show(recording);
    }
}
