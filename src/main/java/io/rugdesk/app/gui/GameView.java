package io.rugdesk.app.gui;

import io.rugdesk.ui.AppendOnlyList;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import io.rugdesk.ui.UiSnapshot.SidebetWindow;
import io.rugdesk.ui.UiSnapshot.TradeMarker;
import java.math.BigDecimal;

/** The current game as the chart and status bar show it. Thread: the domain thread only. */
final class GameView {
    private String gameId = "";
    private GamePhase phase = GamePhase.UNKNOWN;
    private int tick;
    private BigDecimal price = BigDecimal.ONE;
    private long cooldownMs;
    private int connectedPlayers;
    private final AppendOnlyList<PricePoint> prices = new AppendOnlyList<>(UiSnapshot.MAX_PRICE_POINTS);
    private final AppendOnlyList<TradeMarker> trades = new AppendOnlyList<>(UiSnapshot.MAX_TRADE_MARKERS);
    private PricePoint rug;

    void phaseChanged(String id, GamePhase to) {
        sameGame(id);
        phase = to;
        if (to == GamePhase.COOLDOWN || to == GamePhase.PRESALE) {
            tick = 0;
            price = BigDecimal.ONE;
        }
    }

    void tick(String id, int newTick, BigDecimal newPrice) {
        sameGame(id);
        tick = newTick;
        price = newPrice;
        prices.add(new PricePoint(newTick, newPrice));
    }

    void rugged(String id, int rugTick, BigDecimal rugPrice) {
        sameGame(id);
        rug = new PricePoint(rugTick, rugPrice);
    }

    void update(int players, long cooldown) {
        connectedPlayers = players;
        cooldownMs = cooldown;
    }

    void trade(TradeMarker marker) {
        trades.add(marker);
    }

    /** A new game id clears the chart. */
    private void sameGame(String id) {
        if (id != null && !id.equals(gameId)) {
            gameId = id;
            tick = 0;
            price = BigDecimal.ONE;
            prices.clear();
            trades.clear();
            rug = null;
        }
    }

    GamePhase phase() {
        return phase;
    }

    BigDecimal price() {
        return price;
    }

    Game snapshot(SidebetWindow sidebet) {
        return new Game(gameId, phase, tick, price, cooldownMs, connectedPlayers, prices.snapshot(),
                trades.snapshot(), rug, sidebet);
    }
}
