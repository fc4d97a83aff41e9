package io.rugdesk.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo source moves like a game and answers commands, all on its one domain thread. */
class DemoSnapshotsTest {

    private final ScheduledExecutorService domain = Executors.newSingleThreadScheduledExecutor();
    private final DemoSnapshots demo = new DemoSnapshots(domain,
            Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), 7, 250, () -> { });

    @AfterEach
    void stop() {
        domain.shutdownNow();
    }

    /** Runs on the domain thread and waits, so the test sees what the window would see next. */
    private UiSnapshot onDomain(Runnable action) throws Exception {
        domain.submit(action).get(5, TimeUnit.SECONDS);
        domain.submit(() -> { }).get(5, TimeUnit.SECONDS);
        return demo.latest();
    }

    private UiSnapshot stepUntil(GamePhase phase) throws Exception {
        for (int i = 0; i < 5000; i++) {
            UiSnapshot snapshot = onDomain(demo::step);
            if (snapshot.game().phase() == phase) {
                return snapshot;
            }
        }
        throw new AssertionError("never reached " + phase);
    }

    @Test
    void aGameGoesThroughCooldownActiveAndRugged() throws Exception {
        UiSnapshot cooldown = onDomain(demo::step);
        assertThat(cooldown.game().phase()).isEqualTo(GamePhase.COOLDOWN);
        assertThat(cooldown.permissions().buy().enabled()).isFalse();
        assertThat(cooldown.permissions().buy().reason()).contains("COOLDOWN");

        UiSnapshot active = stepUntil(GamePhase.ACTIVE);
        assertThat(active.permissions().buy().enabled()).isTrue();
        UiSnapshot rugged = stepUntil(GamePhase.RUGGED);
        assertThat(rugged.game().rug()).isNotNull();
        assertThat(rugged.game().prices()).hasSize(rugged.game().tick());
        UiSnapshot next = onDomain(demo::step);
        assertThat(next.game().gameId()).isNotEqualTo(rugged.game().gameId());
        assertThat(next.game().prices()).isEmpty();
    }

    @Test
    void buyingMovesThePositionAndInjectedDriftIsReportedThenAdopted() throws Exception {
        stepUntil(GamePhase.ACTIVE);
        UiSnapshot bought = onDomain(() -> demo.buy(new BigDecimal("0.5")));
        BigDecimal qty = bought.account().line(AccountField.POSITION_QTY).local();
        assertThat(qty).isPositive();
        assertThat(bought.account().line(AccountField.POSITION_QTY).server()).isEqualByComparingTo(qty);
        assertThat(bought.account().line(AccountField.CASH).local()).isEqualByComparingTo("9.5");
        assertThat(bought.game().trades()).hasSize(1);
        assertThat(bought.drift().state()).isEqualTo(DriftState.IN_SYNC);

        UiSnapshot drifted = onDomain(demo::injectDrift);
        assertThat(drifted.drift().state()).isEqualTo(DriftState.DRIFT);
        assertThat(drifted.drift().fields()).extracting(UiSnapshot.FieldDrift::field).containsExactly("positionQty");
        assertThat(drifted.notices()).isNotEmpty();

        UiSnapshot adopted = onDomain(demo::adoptServerState);
        assertThat(adopted.drift().state()).isEqualTo(DriftState.IN_SYNC);
        assertThat(adopted.account().line(AccountField.POSITION_QTY).difference()).isEqualByComparingTo("0");
    }
}
