package io.rugdesk.ui;

import io.rugdesk.ui.GameBoard.Last100;
import io.rugdesk.ui.GameBoard.PastGame;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * The last-100 counts ("last100Counts") and the last 10 games as the page shows them, newest first
 * ("pastGame0"…): peak multiplier and rug tick, coloured by the peak (under 2×, 2×–10×, 10×–50×, 50× and over).
 * A click on a game opens its fairness check ({@link FairnessDialog}). Thread: EDT only.
 */
final class HistoryStrip extends JPanel {

    static final Color UNDER_2X = Palette.GREY;
    static final Color FROM_2X = Palette.GREEN;
    static final Color FROM_10X = Palette.BLUE;
    static final Color FROM_50X = Color.decode("#9b51e0");
    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal FIFTY = new BigDecimal("50");

    private final JLabel[] games = new JLabel[GameBoard.MAX_PAST_GAMES];
    private final JLabel counts = new JLabel();
    private List<PastGame> shownGames = List.of();
    private Last100 shownCounts;
    private FairnessDialog fairness;

    HistoryStrip() {
        super(new FlowLayout(FlowLayout.LEADING, 4, 2));
        setName("historyStrip");
        counts.setName("last100Counts");
        counts.setBorder(BorderFactory.createEmptyBorder(0, 0, 0, 10));
        add(counts); // first: the real server always sends ten games, and a row too narrow for all cuts the oldest
        JLabel title = new JLabel("Last games:");
        add(title);
        for (int i = 0; i < games.length; i++) {
            games[i] = new JLabel();
            games[i].setName("pastGame" + i);
            games[i].setOpaque(true);
            games[i].setForeground(Color.WHITE);
            games[i].setFont(games[i].getFont().deriveFont(Font.BOLD, games[i].getFont().getSize2D() - 1f));
            games[i].setBorder(BorderFactory.createEmptyBorder(1, 5, 1, 5));
            games[i].setVisible(false);
            games[i].setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
            int index = i;
            games[i].addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    openFairness(index);
                }
            });
            add(games[i]);
        }
        show(List.of(), Last100.unknown());
    }

    static Color colourOf(BigDecimal peak) {
        if (peak.compareTo(FIFTY) >= 0) {
            return FROM_50X;
        }
        if (peak.compareTo(TEN) >= 0) {
            return FROM_10X;
        }
        return peak.compareTo(TWO) >= 0 ? FROM_2X : UNDER_2X;
    }

    void show(List<PastGame> history, Last100 last100) {
        if (history != shownGames && !history.equals(shownGames)) {
            shownGames = history;
            for (int i = 0; i < games.length; i++) {
                if (i < history.size()) {
                    PastGame game = history.get(i);
                    games[i].setText(peak(game.peak()) + (game.rugTick() < 0 ? "" : " · " + game.rugTick()));
                    games[i].setBackground(colourOf(game.peak()));
                    games[i].setToolTipText("Game " + game.gameId() + ": peak " + MoneyFormat.price(game.peak())
                            + (game.rugTick() < 0 ? "" : ", rugged at tick " + game.rugTick())
                            + (game.fairness() == null ? " (seed not revealed)"
                            : " · " + FairnessDialog.verdict(game.fairness()) + " (click for the check)"));
                    games[i].setVisible(true);
                } else {
                    games[i].setVisible(false);
                }
            }
        }
        if (!last100.equals(shownCounts)) {
            shownCounts = last100;
            counts.setText("Last 100:  2× " + count(last100.over2x()) + "  ·  10× " + count(last100.over10x())
                    + "  ·  50× " + count(last100.over50x()));
            counts.setToolTipText("Games whose peak passed 2×, 10×, 50× among the last 100 (the server's counts)");
        }
    }

    /** Shows the fairness check of the game at {@code index} of the strip. */
    void openFairness(int index) {
        if (index >= shownGames.size()) {
            return;
        }
        if (fairness == null) {
            fairness = new FairnessDialog(SwingUtilities.getWindowAncestor(this));
        }
        fairness.show(shownGames.get(index));
    }

    private static String peak(BigDecimal peak) {
        int decimals = peak.compareTo(TEN) >= 0 ? 1 : 2;
        return peak.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "×";
    }

    private static String count(Integer count) {
        return count == null ? "—" : count.toString();
    }
}
