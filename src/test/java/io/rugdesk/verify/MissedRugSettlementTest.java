package io.rugdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.game.MissedRugRevealed;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.protocol.GameHistoryEntry;
import io.rugdesk.protocol.GameStateShape;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.ProvablyFair;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.TradingHarness;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rug that falls while the client is disconnected (BotLiveTest's flaky case): the server liquidated the position
 * at the rug price; the next game's first message (the connect snapshot) reveals that rug in its gameHistory, and
 * the local account must be settled from it, so the server's next account state matches (protocol.md §2.1.4, §4.2).
 */
class MissedRugSettlementTest {

    private static final String NEXT = "20251215-1111111111111111";
    private static final String BUY_PRICE = "1.25";
    private static final String RUG_PRICE = "0.01972365";

    private final TradingHarness h = new TradingHarness();
    private final GameLifecycle lifecycle = new GameLifecycle(h.bus);
    private final StateVerifier verifier = new StateVerifier(h.bus, h.account, Tolerances.defaults());

    MissedRugSettlementTest() {
        lifecycle.start();
        verifier.start();
    }

    @AfterEach
    void noSubscriberFailed() {
        h.assertNoSubscriberFailed();
    }

    private PlayerAccount confirmed() {
        return h.account.confirmed().orElseThrow();
    }

    /** Buys 0.05 SOL at tick 2, then the connection drops before the rug at tick 7. */
    private void holdingAPositionWhenTheConnectionDrops() {
        h.loginWithCash("1");
        send(update(TradingHarness.GAME, false, "1", 0, 10_000, List.of()));
        send(update(TradingHarness.GAME, true, "1", 0, 0, List.of()));
        send(update(TradingHarness.GAME, true, "1.1", 1, 0, List.of()));
        send(update(TradingHarness.GAME, true, BUY_PRICE, 2, 0, List.of()));
        h.bus.publish(new RequestBuy(h.stamp(), new BigDecimal("0.05")));
        h.ack(0, OrderAck.ok());
        assertThat(confirmed().positionQty()).isEqualByComparingTo("0.04");
    }

    @Test
    void theNextGamesHistorySettlesThePositionAtTheRugPriceAsTheServerDid() {
        holdingAPositionWhenTheConnectionDrops();

        send(update(NEXT, false, "1", 0, 15_000, List.of(missedGame())));

        // written out: qty = floor9(0.05 / 1.25) = 0.04; proceeds = floor9(0.04 × 0.01972365) = 0.000788946
        BigDecimal qty = new BigDecimal("0.05").divide(new BigDecimal(BUY_PRICE), 9, RoundingMode.DOWN);
        BigDecimal proceeds = qty.multiply(new BigDecimal(RUG_PRICE)).setScale(9, RoundingMode.DOWN);
        assertThat(proceeds).isEqualByComparingTo("0.000788946");
        assertThat(confirmed().cash()).isEqualByComparingTo(new BigDecimal("0.95").add(proceeds));
        assertThat(confirmed().hasPosition()).isFalse();
        assertThat(h.last(MissedRugRevealed.class)).satisfies(r -> {
            assertThat(r.gameId()).isEqualTo(TradingHarness.GAME);
            assertThat(r.rugTick()).isEqualTo(7);
            assertThat(r.rugPrice()).isEqualByComparingTo(RUG_PRICE);
        });
        assertThat(indexOf(MissedRugRevealed.class)).isLessThan(indexOf(GameEnded.class));

        h.playerUpdate("0.950788946", "0", "0", "0", "0", null);
        assertThat(verifier.status()).isEqualTo(VerificationStatus.IN_SYNC);
    }

    @Test
    void aRugRevealedOnlyByALaterMessageIsCreditedThen() {
        holdingAPositionWhenTheConnectionDrops();

        send(update(NEXT, false, "1", 0, 15_000, List.of()));
        assertThat(confirmed().cash()).isEqualByComparingTo("0.95");
        send(update(NEXT, false, "1", 0, 14_800, List.of(missedGame())));

        assertThat(confirmed().cash()).isEqualByComparingTo("0.950788946");
        assertThat(h.all(MissedRugRevealed.class)).hasSize(1);
        send(update(NEXT, false, "1", 0, 14_600, List.of(missedGame())));
        assertThat(confirmed().cash()).isEqualByComparingTo("0.950788946");
    }

    private int indexOf(Class<?> type) {
        for (int i = 0; i < h.events.size(); i++) {
            if (type.isInstance(h.events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The game as the server's history shows it: one price per tick, the rug price last (rug tick 7). */
    private static GameHistoryEntry missedGame() {
        List<BigDecimal> prices = new ArrayList<>();
        for (String price : List.of("1", "1.1", BUY_PRICE, "1.3", "1.2", "1.4", "1.5", RUG_PRICE)) {
            prices.add(new BigDecimal(price));
        }
        return new GameHistoryEntry(TradingHarness.GAME, 1_765_000_000_000L, prices, new BigDecimal("1.5"), true,
                "seed", "hash-" + TradingHarness.GAME, "v3");
    }

    private void send(GameStateUpdate update) {
        h.bus.publish(update);
    }

    private GameStateUpdate update(String game, boolean active, String price, int tick, int cooldownTimer,
                                   List<GameHistoryEntry> history) {
        return new GameStateUpdate(h.stamp(), GameStateShape.OTHER, game, active, false,
                new BigDecimal(price), tick, cooldownTimer, false, cooldownTimer > 0 && cooldownTimer <= 10_000,
                200, 0, List.of(), null, List.of(), history, new ProvablyFair("hash-" + game, "v3"), null);
    }
}
