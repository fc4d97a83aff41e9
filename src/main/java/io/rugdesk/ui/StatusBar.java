package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Connection;
import io.rugdesk.ui.UiSnapshot.DomainLoad;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * Bottom line: connection health dot + text, phase, tick, price, game id, players, events/s, and the domain thread's
 * load ("domain lag 3 ms, queue 0", dot green, amber or red past {@link DomainLoad}'s thresholds). Thread: EDT only.
 */
final class StatusBar extends JPanel {

    private final JLabel phaseLabel = label("phaseLabel");
    private final JLabel tickLabel = label("tickLabel");
    private final JLabel priceLabel = label("priceLabel");
    private final JLabel gameIdLabel = label("gameIdLabel");
    private final JLabel playersLabel = label("playersLabel");
    private final JLabel healthLabel = label("healthLabel");
    private final JLabel eventsLabel = label("eventsPerSecondLabel");
    private final JLabel domainLoadLabel = label("domainLoadLabel");
    private Game shownGame;
    private Connection shownConnection;

    StatusBar() {
        super(new FlowLayout(FlowLayout.LEADING, 8, 3));
        setName("statusBar");
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Separator.foreground")));
        JLabel[] order = {healthLabel, phaseLabel, tickLabel, priceLabel, gameIdLabel, playersLabel, eventsLabel,
            domainLoadLabel};
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                JSeparator separator = new JSeparator(SwingConstants.VERTICAL);
                separator.setPreferredSize(new java.awt.Dimension(2, 16));
                add(separator);
            }
            add(order[i]);
        }
        show(Game.none());
    }

    private static JLabel label(String name) {
        JLabel label = new JLabel();
        label.setName(name);
        return label;
    }

    void show(Game game) {
        if (UiSnapshot.sameGame(game, shownGame)) {
            return;
        }
        shownGame = game;
        phaseLabel.setText(phaseText(game));
        tickLabel.setText("tick " + game.tick());
        priceLabel.setText(MoneyFormat.price(game.price()));
        gameIdLabel.setText(game.gameId().isEmpty() ? "no game" : game.gameId());
        gameIdLabel.setToolTipText("Game id");
        playersLabel.setText(game.connectedPlayers() + " players");
    }

    static String phaseText(Game game) {
        GamePhase phase = game.phase();
        if ((phase == GamePhase.COOLDOWN || phase == GamePhase.PRESALE) && game.cooldownMs() > 0) {
            return phase + " " + String.format(Locale.ROOT, "%.1f s", game.cooldownMs() / 1000.0);
        }
        return phase.toString();
    }

    void show(Connection connection) {
        if (connection.equals(shownConnection)) {
            return;
        }
        shownConnection = connection;
        healthLabel.setIcon(new DotIcon(Palette.of(connection.health()), 10));
        String text = connection.healthText().isEmpty() ? connection.health().toString().toLowerCase(Locale.ROOT)
                : connection.healthText();
        healthLabel.setText(connection.serverLabel().isEmpty() ? text : text + " · " + connection.serverLabel());
        healthLabel.setToolTipText("Connection " + connection.health());
        eventsLabel.setText(String.format(Locale.ROOT, "%.1f ev/s", connection.eventsPerSecond()));
        show(connection.domainLoad());
    }

    private void show(DomainLoad load) {
        domainLoadLabel.setIcon(new DotIcon(colour(load.level()), 10));
        domainLoadLabel.setText(load.measured() ? "domain lag " + millis(load.lagMicros()) + ", queue "
                + Math.max(load.queuedEvents(), load.maxQueuedEvents()) : "domain lag –");
        domainLoadLabel.setToolTipText(load.measured()
                ? "<html>Domain thread over the last second: the longest an event waited to be handled "
                        + millis(load.lagMicros()) + "; events waiting now " + load.queuedEvents() + ", at most "
                        + load.maxQueuedEvents() + ".<br>Amber from " + millis(DomainLoad.BUSY_LAG_MICROS) + " or "
                        + DomainLoad.BUSY_QUEUE + " waiting, red from " + millis(DomainLoad.OVERLOADED_LAG_MICROS)
                        + " or " + DomainLoad.OVERLOADED_QUEUE + ": prices and orders are handled that late.</html>"
                : "The domain thread's load is measured every second once connected");
    }

    static Color colour(DomainLoad.Level level) {
        return switch (level) {
            case UNMEASURED -> Palette.GREY;
            case OK -> Palette.GREEN;
            case BUSY -> Palette.AMBER;
            case OVERLOADED -> Palette.RED;
        };
    }

    /** "0.4 ms" below 10 ms, whole milliseconds above. */
    static String millis(long micros) {
        return micros < 10_000 ? String.format(Locale.ROOT, "%.1f ms", micros / 1000.0) : micros / 1000 + " ms";
    }
}
