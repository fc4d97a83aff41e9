package io.rugdesk.app.gui;

import io.rugdesk.ui.AppendOnlyList;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import io.rugdesk.ui.UiSnapshot.SidebetWindow;
import io.rugdesk.ui.UiSnapshot.TradeMarker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
        if (newTick > lastChartedTick()) {
            prices.add(new PricePoint(newTick, newPrice));
        }
    }

    /**
     * The server's history of the game ({@code history.get(t)} = price at tick t) replaces the chart's points
     * before its last tick; the ticks observed since stay, so the join tick appears once and nothing is missing.
     */
    void resynced(String id, List<BigDecimal> history) {
        sameGame(id);
        List<PricePoint> observedSince = new ArrayList<>();
        for (PricePoint point : prices.snapshot()) {
            if (point.tick() >= history.size()) {
                observedSince.add(point);
            }
        }
        prices.clear();
        for (int t = 0; t < history.size(); t++) {
            prices.add(new PricePoint(t, history.get(t)));
        }
        observedSince.forEach(prices::add);
        if (observedSince.isEmpty() && history.size() - 1 >= tick) {
            tick = history.size() - 1;
            price = history.get(tick);
        }
    }

    private int lastChartedTick() {
        List<PricePoint> points = prices.snapshot();
        return points.isEmpty() ? -1 : points.get(points.size() - 1).tick();
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
