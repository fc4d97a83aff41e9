package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.PricePoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The chart's series merges a snapshot's price history with the observed ticks, in either order. */
class GameViewTest {

    private static final String GAME = "20261201-aaaa";

    private final GameView view = new GameView();

    /** The server's prices: tick t at 1 + t/100. */
    private static List<BigDecimal> history(int lastTick) {
        return IntStream.rangeClosed(0, lastTick).mapToObj(GameViewTest::priceAt).toList();
    }

    private static BigDecimal priceAt(int tick) {
        return BigDecimal.ONE.add(BigDecimal.valueOf(tick, 2));
    }

    private List<PricePoint> series() {
        return view.snapshot(null).prices();
    }

    private static List<PricePoint> expected(int lastTick) {
        return IntStream.rangeClosed(0, lastTick).mapToObj(t -> new PricePoint(t, priceAt(t))).toList();
    }

    @Test
    void aHistoryAfterTheJoinTickFillsTheTicksBeforeItAndKeepsTheJoinTickOnce() {
        view.tick(GAME, 4, priceAt(4));
        view.resynced(GAME, history(4));
        view.tick(GAME, 5, priceAt(5));
        assertThat(series()).isEqualTo(expected(5));
    }

    @Test
    void aHistoryBeforeTheJoinTickIsNotRepeatedByIt() {
        view.resynced(GAME, history(4));
        view.tick(GAME, 4, priceAt(4));
        view.tick(GAME, 5, priceAt(5));
        assertThat(series()).isEqualTo(expected(5));
        assertThat(view.snapshot(null).tick()).isEqualTo(5);
    }

    @Test
    void aReconnectWithinTheGameFillsTheTicksMissedWhileDisconnected() {
        for (int tick = 0; tick <= 3; tick++) {
            view.tick(GAME, tick, priceAt(tick));
        }
        view.tick(GAME, 8, priceAt(8));
        view.resynced(GAME, history(8));
        view.tick(GAME, 9, priceAt(9));
        assertThat(series()).isEqualTo(expected(9));
    }

    @Test
    void aHistoryOfAnotherGameReplacesTheOldChart() {
        view.tick(GAME, 7, priceAt(7));
        view.resynced("20261201-bbbb", history(2));
        assertThat(series()).isEqualTo(expected(2));
        assertThat(view.snapshot(null).gameId()).isEqualTo("20261201-bbbb");
        assertThat(view.snapshot(null).price()).isEqualByComparingTo(priceAt(2));
    }
}
