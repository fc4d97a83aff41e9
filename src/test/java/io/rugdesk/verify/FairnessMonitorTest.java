package io.rugdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.game.TickObserved;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.game.fair.SeedHash;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FairnessMonitorTest {

    private final List<EventBus.Failure> failures = new ArrayList<>();
    private final EventBus bus = EventBus.direct(failures::add);
    private final List<FairnessChecked> checks = new ArrayList<>();
    private FairnessMonitor monitor;
    private long seq;

    @BeforeEach
    void start() {
        monitor = new FairnessMonitor(bus, new FairnessChecker(PriceModel.v3())).start();
        bus.subscribe(FairnessChecked.class, checks::add);
    }

    @AfterEach
    void noSubscriberFailed() {
        monitor.close();
        assertThat(failures).isEmpty();
    }

    private Stamp stamp() {
        return Stamp.local(++seq, 1_765_577_000_000L + seq);
    }

    private void playLive(String announcedHash, Map<Integer, BigDecimal> seen) {
        bus.publish(new GameStarted(stamp(), FairnessCheckerTest.GAME_ID, 4, true, announcedHash));
        seen.forEach((tick, price) -> bus.publish(new TickObserved(stamp(), FairnessCheckerTest.GAME_ID, tick, price,
                tick == 16 ? Phase.RUGGED : Phase.ACTIVE)));
        // an extended rug message must not count as a tick
        bus.publish(new TickObserved(stamp(), FairnessCheckerTest.GAME_ID, 18, new BigDecimal("0.02"),
                Phase.RUGGED));
    }

    private void reveal() {
        bus.publish(new SeedRevealed(stamp(), FairnessCheckerTest.GAME_ID, FairnessCheckerTest.SEED,
                SeedHash.sha256Hex(FairnessCheckerTest.SEED), FairnessCheckerTest.revealed()));
    }

    @Test
    void publishesOneOkCheckPerRevealedGame() {
        playLive(SeedHash.sha256Hex(FairnessCheckerTest.SEED), FairnessCheckerTest.seenFromTick4());
        reveal();
        reveal();

        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).ok()).as(checks.get(0).details()).isTrue();
        assertThat(checks.get(0).details()).contains("13 live prices match");
    }

    @Test
    void aWrongAnnouncedHashWinsOverTheRevealedOne() {
        playLive(SeedHash.sha256Hex("not the seed"), FairnessCheckerTest.seenFromTick4());
        reveal();

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.ok()).isFalse();
            assertThat(check.details()).contains("hash mismatch");
        });
    }

    @Test
    void aLivePriceThatDiffersFails() {
        Map<Integer, BigDecimal> seen = new TreeMap<>(FairnessCheckerTest.seenFromTick4());
        seen.put(5, new BigDecimal("1.1"));
        playLive(SeedHash.sha256Hex(FairnessCheckerTest.SEED), seen);
        reveal();

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.ok()).as("a tampered live price fails the check").isFalse();
            assertThat(check.details()).contains("tick 5");
        });
    }

    @Test
    void closeUnsubscribes() {
        int before = bus.subscriptionCount();
        monitor.close();
        assertThat(bus.subscriptionCount()).isEqualTo(before - 3);
        reveal();
        assertThat(checks).isEmpty();
    }

    @Test
    void forgetsOldGames() {
        playLive(SeedHash.sha256Hex("not the seed"), FairnessCheckerTest.seenFromTick4());
        for (int game = 0; game < FairnessMonitor.GAMES_KEPT; game++) {
            bus.publish(new GameStarted(stamp(), "other-" + game, 0, false, "hash"));
        }
        reveal();

        // the wrong announced hash was forgotten: only the revealed list is checked, and it is consistent
        assertThat(checks).singleElement().satisfies(check -> assertThat(check.ok()).isTrue());
    }

    /** A fair game played and revealed to a monitor whose checks are kept, not run: the tasks it handed over. */
    private List<Runnable> revealWithChecksHandedOver() {
        monitor.close();
        List<Runnable> handedOver = new ArrayList<>();
        monitor = new FairnessMonitor(bus, new FairnessChecker(PriceModel.v3()), handedOver::add).start();
        playLive(SeedHash.sha256Hex(FairnessCheckerTest.SEED), FairnessCheckerTest.seenFromTick4());
        reveal();
        return handedOver;
    }

    /**
     * ADR 0020: the reveal's delivery only hands the check over; the verdict, published by the checking executor,
     * is the same as a check on the spot. Without the executor the verdict came before the delivery returned.
     */
    @Test
    void theCheckRunsOnTheCheckingExecutorNotInTheRevealsDelivery() {
        List<Runnable> handedOver = revealWithChecksHandedOver();
        assertThat(checks).as("nothing checked while the reveal was delivered").isEmpty();
        // the domain thread goes on with the next game: the check must not see its ticks
        bus.publish(new TickObserved(stamp(), FairnessCheckerTest.GAME_ID, 5, new BigDecimal("9"), Phase.ACTIVE));

        assertThat(handedOver).hasSize(1);
        handedOver.get(0).run();
        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.ok()).as(check.details()).isTrue();
            assertThat(check.details()).contains("13 live prices match");
            assertThat(check.gameId()).isEqualTo(FairnessCheckerTest.GAME_ID);
        });
    }

    @Test
    void aCheckThatEndsAfterCloseReportsNothing() {
        List<Runnable> handedOver = revealWithChecksHandedOver();
        monitor.close();
        handedOver.forEach(Runnable::run);
        assertThat(checks).isEmpty();
    }
}
