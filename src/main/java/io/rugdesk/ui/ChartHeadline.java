package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import java.awt.Color;
import java.awt.Font;
import javax.swing.JLabel;
import javax.swing.UIManager;

/**
 * The chart's headline: the live multiplier, big ("multiplierLabel"), and the banner between games
 * ("chartBanner": "Rugged! at tick 30 (0.0145x) · next round in 8.2 s", "Presale: buy at 1.0000x · …").
 * Thread: EDT only.
 */
final class ChartHeadline {

    private final JLabel multiplier = new JLabel("—");
    private final JLabel banner = new JLabel(" ");

    ChartHeadline() {
        multiplier.setName("multiplierLabel");
        multiplier.setFont(multiplier.getFont().deriveFont(Font.BOLD, 22f));
        banner.setName("chartBanner");
        banner.setFont(banner.getFont().deriveFont(Font.BOLD, banner.getFont().getSize2D() + 1f));
        banner.setVisible(false);
    }

    JLabel multiplier() {
        return multiplier;
    }

    JLabel banner() {
        return banner;
    }

    /** "Rugged! …" from the rug until the next game starts, with the countdown between games; presale's price. */
    void showBanner(Game game, PricePoint rug) {
        String text;
        String countdown = game.cooldownMs() > 0 ? "next round in " + seconds(game.cooldownMs()) : "";
        if (game.phase() == GamePhase.RUGGED && rug != null) {
            text = "Rugged! at tick " + rug.tick() + " (" + MoneyFormat.price(rug.price()) + ")";
        } else if (game.phase() == GamePhase.PRESALE) {
            text = "Presale: buy at " + MoneyFormat.price(game.price()) + (countdown.isEmpty() ? "" : " · " + countdown);
        } else if (game.phase() == GamePhase.COOLDOWN) {
            text = (rug == null ? "Cooldown" : "Rugged! at tick " + rug.tick() + " (" + MoneyFormat.price(rug.price())
                    + ")") + (countdown.isEmpty() ? "" : " · " + countdown);
        } else {
            text = "";
        }
        banner.setText(text);
        banner.setVisible(!text.isEmpty());
        banner.setForeground(text.startsWith("Rugged!") ? Palette.RED : UIManager.getColor("Label.foreground"));
    }

    /**
     * The live multiplier, big: green at or above 1×, red below; the rug price in red from the rug until the next
     * game starts (the banner says "Rugged!" and the countdown); "Presale" in the presale.
     */
    void showMultiplier(Game game, PricePoint rug) {
        String text;
        Color colour;
        boolean over = game.phase() == GamePhase.RUGGED || game.phase() == GamePhase.COOLDOWN;
        if (game.phase() == GamePhase.ACTIVE) {
            text = times(game.price());
            colour = game.price().compareTo(java.math.BigDecimal.ONE) < 0 ? Palette.RED : Palette.GREEN;
        } else if (over && rug != null) {
            text = times(rug.price());
            colour = Palette.RED;
        } else if (game.phase() == GamePhase.PRESALE) {
            text = "Presale";
            colour = Palette.BLUE;
        } else {
            text = game.phase() == GamePhase.COOLDOWN ? "Cooldown" : "—";
            colour = UIManager.getColor("Label.foreground");
        }
        if (!text.equals(multiplier.getText())) {
            multiplier.setText(text);
        }
        multiplier.setForeground(colour);
    }

    private static String times(java.math.BigDecimal price) {
        return MoneyFormat.price(price).replace("x", "×");
    }

    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
