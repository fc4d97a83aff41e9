package io.rugdesk.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.backtest.FillRow;
import io.rugdesk.backtest.GameResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger rows of the player's sidebets, against protocol.md §4.7 worked out here: a bet placed at tick s has
 * the window s…s+40; it wins 5× iff the rug tick r ≤ s+40, settled at r; otherwise it is lost, settled at s+40.
 * The result records are shaped as a live bot's recording on the embedded simulator writes them: the server's
 * {@code tickIndex} is the rug tick for a win but the start tick for a loss, and a loss carries price 0.
 */
class SidebetLedgerRowsTest {

    private static final BigDecimal STAKE = new BigDecimal("0.01");

    @TempDir
    Path folder;

    private record Expected(String kind, int decidedTick, int tick, BigDecimal amount, BigDecimal price) { }

    private static Expected settlement(int startTick, int rugTick, String rugPrice) {
        int end = startTick + 40;
        boolean won = rugTick <= end;
        return new Expected(won ? "SIDEBET_WON" : "SIDEBET_LOST", startTick, won ? rugTick : end,
                strip(won ? STAKE.multiply(BigDecimal.valueOf(5)) : BigDecimal.ZERO),
                won ? strip(new BigDecimal(rugPrice)) : null);
    }

    @Test
    void aSidebetIsSettledAtTheRugWhenItWinsAndAtItsWindowsEndWhenItLoses() throws Exception {
        // w: placed at tick 1, the rug at 7 (inside 1…41)
        HistoryFiles.Game w = new HistoryFiles.Game("w", HistoryFiles.DAY1);
        for (int tick = 0; tick <= 6; tick++) {
            w.tick(tick, "1");
            if (tick == 1) {
                w.line("orderSubmitted", "\"orderId\":\"1\",\"kind\":\"SIDEBET\",\"amount\":\"0.01\",\"tick\":1")
                        .line("orderConfirmed", "\"orderId\":\"1\",\"kind\":\"SIDEBET\",\"executionPrice\":\"1\"");
            }
        }
        w.tick(7, "0.0105").line("gameEnded", "\"reason\":\"RUGGED\",\"rugTick\":7,\"rugPrice\":\"0.0105\"")
                .line("sidebetResult", "\"playerId\":\"p1\",\"gameId\":\"w\",\"betAmount\":\"0.01\",\"payout\":\"0.05\","
                        + "\"profit\":\"0.04\",\"xPayout\":\"5\",\"startTick\":1,\"endTick\":41,\"tickIndex\":7,"
                        + "\"price\":\"0.0105\",\"sidebetType\":\"payout\"")
                .write(folder, 7, "0.0105");
        // l: placed at tick 2, window 2…42, the rug at 60
        HistoryFiles.Game l = new HistoryFiles.Game("l", HistoryFiles.DAY1 + 60_000);
        for (int tick = 0; tick <= 59; tick++) {
            l.tick(tick, "1");
            if (tick == 2) {
                l.line("orderSubmitted", "\"orderId\":\"2\",\"kind\":\"SIDEBET\",\"amount\":\"0.01\",\"tick\":2")
                        .line("orderConfirmed", "\"orderId\":\"2\",\"kind\":\"SIDEBET\",\"executionPrice\":\"1\"");
            }
            if (tick == 42) {
                l.line("sidebetResult", "\"playerId\":\"p1\",\"gameId\":\"l\",\"betAmount\":\"0.01\",\"payout\":\"0\","
                        + "\"profit\":\"-0.01\",\"xPayout\":\"5\",\"startTick\":2,\"endTick\":42,\"tickIndex\":2,"
                        + "\"price\":\"0\",\"sidebetType\":\"payout\"");
            }
        }
        l.tick(60, "0.02").line("gameEnded", "\"reason\":\"RUGGED\",\"rugTick\":60,\"rugPrice\":\"0.02\"")
                .write(folder, 60, "0.02");

        History history = HistoryLoader.load(folder, (done, total) -> { }, () -> false);

        assertThat(history.games()).extracting(GameResult::gameId).containsExactly("w", "l");
        assertThat(settlementRows(history.games().get(0))).containsExactly(settlement(1, 7, "0.0105"));
        assertThat(settlementRows(history.games().get(1))).containsExactly(settlement(2, 60, "0.02"));
        assertThat(history.summary().sidebetsWon()).isEqualTo(1);
        assertThat(history.summary().sidebetsLost()).isEqualTo(1);
    }

    private static List<Expected> settlementRows(GameResult game) {
        return game.fillRows().stream().filter(r -> r.kind().startsWith("SIDEBET_"))
                .map(r -> new Expected(r.kind(), r.decidedTick(), r.tick(), strip(r.amount()), strip(r.price())))
                .toList();
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
