package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.app.history.History;
import io.rugdesk.app.history.HistoryLoader;
import io.rugdesk.backtest.FillRow;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.RequestBuy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every order the trader saw confirmed is in the History ledger, also those the server filled just before the rug
 * and acknowledged after it: the simulator answers 300 ms late (12 ticks at 10×), so each game's last orders are
 * confirmed after its {@code gameEnded}. Before the recorder kept their game's file open for them, a run of this
 * kind lost them from the ledger (43 of 45).
 */
class LateConfirmationLedgerLoopbackTest {

    @TempDir
    Path dir;

    @Test
    void everyConfirmedBuyIsInTheLedgerEvenWhenConfirmedAfterTheRug() throws Exception {
        SimConfig sim = SimConfig.defaults().withSpeed(10).withBots(0).withSeeds(List.of(), 11L)
                .withPlayer(SimConfig.DEFAULT_PLAYER_ID, "SimTrader", new BigDecimal("1000"))
                .withFaults(300, 0, 0, 0);
        AtomicBoolean trading = new AtomicBoolean(true);
        int games = LoopbackRig.games(3);
        long confirmedBuys;
        try (LoopbackRig rig = LoopbackRig.start(dir, sim, true)) {
            rig.bus().subscribe(TickObserved.class, tick -> {
                if (trading.get() && (tick.phase() == Phase.PRESALE || tick.phase() == Phase.ACTIVE && tick.tick() % 4 == 0)) {
                    rig.bus().publish(new RequestBuy(LoopbackRig.now(), new BigDecimal("0.001")));
                }
            });
            try {
                rig.awaitGamesEnded(games + 1, Duration.ofSeconds(60L + 30L * games));
            } finally {
                System.out.printf("late confirmations: %d games ended, %d ticks, %d orders submitted%n",
                        rig.endedGames(), rig.all(TickObserved.class).size(), rig.all(OrderSubmitted.class).size());
            }
            trading.set(false);
            long stoppedAt = rig.endedGames();
            rig.awaitGamesEnded(stoppedAt + 1, Duration.ofSeconds(120)); // a whole game without new orders
            await().atMost(Duration.ofSeconds(60)).until(() -> rig.all(OrderConfirmed.class).size()
                    + rig.all(OrderFailed.class).size() == rig.all(OrderSubmitted.class).size());

            List<Object> events = List.copyOf(rig.events);
            confirmedBuys = events.stream().filter(e -> e instanceof OrderConfirmed c
                    && c.kind() == OrderKind.BUY).count();
            assertThat(confirmedBuys).isPositive();
            assertThat(confirmedAfterTheirGameEnded(events)).as("orders confirmed after their game's rug")
                    .isPositive();
        }   // the session is closed: every recording is finished

        History history = HistoryLoader.load(dir.resolve("recordings"), (done, total) -> { }, () -> false);
        long ledgerBuys = history.games().stream().flatMap(g -> g.fillRows().stream())
                .map(FillRow::kind).filter("BUY"::equals).count();
        assertThat(history.skipped()).isEmpty();
        assertThat(ledgerBuys).as("BUY rows in the History ledger").isEqualTo(confirmedBuys);
    }

    /** Orders whose confirmation came after the {@code GameEnded} of the game they were submitted in. */
    private static long confirmedAfterTheirGameEnded(List<Object> events) {
        Map<Long, String> gameOfOrder = new HashMap<>();
        Map<String, Boolean> ended = new HashMap<>();
        String current = null;
        long late = 0;
        for (Object event : events) {
            if (event instanceof TickObserved tick) {
                current = tick.gameId();
            } else if (event instanceof OrderSubmitted submitted) {
                gameOfOrder.put(submitted.orderId(), current);
            } else if (event instanceof GameEnded end) {
                ended.put(end.gameId(), true);
            } else if (event instanceof OrderConfirmed confirmed
                    && ended.getOrDefault(gameOfOrder.get(confirmed.orderId()), false)) {
                late++;
            }
        }
        return late;
    }
}
