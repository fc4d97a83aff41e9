package io.rugdesk.ui;

import io.rugdesk.ui.GameBoard.FairnessResult;
import io.rugdesk.ui.GameBoard.PastGame;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * The fairness check of one game of the history strip (a click on it): verified or the mismatch, the revealed
 * seed and its hash (selectable, to check elsewhere), the rug tick and peak the price model replays beside the
 * ones the server revealed, and what was compared. Non-modal; one instance shows the game last clicked.
 * Thread: EDT only.
 */
final class FairnessDialog extends JDialog {

    private final JLabel verdict = new JLabel();
    private final JLabel game = new JLabel();
    private final JTextField seed = field("fairnessSeed");
    private final JTextField hash = field("fairnessHash");
    private final JLabel rugTick = new JLabel();
    private final JLabel peak = new JLabel();
    private final JTextArea details = new JTextArea(4, 60);

    FairnessDialog(Window owner) {
        super(owner, "Fairness check", ModalityType.MODELESS);
        setName("fairnessDialog");
        verdict.setName("fairnessVerdict");
        verdict.setFont(verdict.getFont().deriveFont(Font.BOLD, verdict.getFont().getSize2D() + 2f));
        game.setName("fairnessGame");
        rugTick.setName("fairnessRugTick");
        peak.setName("fairnessPeak");
        details.setName("fairnessDetails");
        details.setEditable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        details.setOpaque(false);
        JPanel grid = new JPanel(new GridBagLayout());
        grid.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        int row = 0;
        row = add(grid, row, "Game", game);
        row = add(grid, row, "Server seed", seed);
        row = add(grid, row, "Seed hash", hash);
        row = add(grid, row, "Rug tick", rugTick);
        row = add(grid, row, "Peak", peak);
        add(grid, row, "Compared", details);
        JPanel top = new JPanel(new BorderLayout());
        top.setBorder(BorderFactory.createEmptyBorder(10, 12, 0, 12));
        top.add(verdict, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(grid, BorderLayout.CENTER);
    }

    private static int add(JPanel grid, int row, String title, JComponent value) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(2, 0, 2, 10);
        grid.add(new JLabel(title), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(2, 0, 2, 0);
        grid.add(value, c);
        return row + 1;
    }

    private static JTextField field(String name) {
        JTextField field = new JTextField(64);
        field.setName(name);
        field.setEditable(false);
        return field;
    }

    void show(PastGame past) {
        FairnessResult result = past.fairness();
        game.setText(past.gameId());
        String revealedRug = past.rugTick() < 0 ? "not revealed" : Integer.toString(past.rugTick());
        if (result == null) {
            verdict.setText("Seed not revealed yet");
            verdict.setForeground(Palette.GREY);
            seed.setText("");
            hash.setText("");
            rugTick.setText("revealed " + revealedRug);
            peak.setText("revealed " + past.peak().toPlainString() + "×");
            details.setText("The server reveals a game's seed in the next game's first message.");
        } else {
            verdict.setText(verdict(result));
            verdict.setForeground(result.verified() ? Palette.GREEN : Color.RED.darker());
            seed.setText(result.serverSeed());
            hash.setText(result.serverSeedHash() == null ? "(none announced)" : result.serverSeedHash());
            rugTick.setText("model " + result.modelRugTick() + " · revealed " + revealedRug);
            peak.setText("model " + result.modelPeak().toPlainString() + "× · revealed " + past.peak().toPlainString()
                    + "×");
            details.setText(result.details());
        }
        seed.setCaretPosition(0);
        hash.setCaretPosition(0);
        pack();
        if (!isVisible()) {
            setLocationRelativeTo(getOwner());
        }
        setVisible(true);
        toFront();
    }

    static String verdict(FairnessResult result) {
        return result.verified() ? "Verified: provably fair" : "Mismatch: not what the seed gives";
    }
}
