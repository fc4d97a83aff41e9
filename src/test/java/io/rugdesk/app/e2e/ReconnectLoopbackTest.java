package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.feed.Connected;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.feed.Reconnected;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.trading.PlayerIdentified;
import io.rugdesk.trading.TradingPermissionChanged;
import io.rugdesk.verify.StateDriftDetected;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue "must show": the server drops everyone mid-game; the session reconnects and carries on. */
class ReconnectLoopbackTest {

    @TempDir
    Path dir;

    @Test
    void disconnectMidGameReconnectsResyncsWithoutDuplicateFactsAndTradesAgain() throws Exception {
        SimConfig sim = SimConfig.defaults().withSpeed(4).withBots(1).withSeeds(List.of(), 3L);
        try (LoopbackRig rig = LoopbackRig.start(dir, sim, false)) {
            AtomicInteger activeTicks = new AtomicInteger();
            rig.bus().subscribe(TickObserved.class, tick -> {
                if (tick.phase() == Phase.ACTIVE) {
                    activeTicks.incrementAndGet();
                }
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> activeTicks.get() >= 5);
            int before = rig.events.size();
            rig.session.embeddedSimulator().orElseThrow().disconnectAll();
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.events.subList(before, rig.events.size())
                    .stream().anyMatch(Connected.class::isInstance));
            int ticksAfter = activeTicks.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> activeTicks.get() > ticksAfter + 3
                    || rig.all(GameEnded.class).size() > 0);
            // trading is allowed again in this game or the next one's presale
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                List<TradingPermissionChanged> changes = rig.all(TradingPermissionChanged.class);
                return !changes.isEmpty() && changes.get(changes.size() - 1).anyAllowed()
                        && rig.all(Disconnected.class).size() >= 1;
            });
            rig.awaitGamesEnded(2, Duration.ofSeconds(180));   // speed 4: two long games on a loaded machine
            List<String> started = rig.all(GameStarted.class).stream().map(GameStarted::gameId).toList();
            List<String> ended = rig.all(GameEnded.class).stream().map(GameEnded::gameId).toList();
            assertThat(started).doesNotHaveDuplicates();
            assertThat(ended).doesNotHaveDuplicates();
            assertThat(rig.all(Disconnected.class)).hasSizeGreaterThanOrEqualTo(1);
            assertThat(rig.all(Connected.class)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(rig.session.isConnected()).isTrue();
            // the new connection's login is learned again (trading waited for it), the account still in sync
            assertThat(rig.all(Reconnected.class)).hasSize(rig.all(Connected.class).size() - 1);
            List<PlayerIdentified> identified = rig.all(PlayerIdentified.class);
            assertThat(rig.events.indexOf(identified.get(identified.size() - 1)))
                    .isGreaterThan(rig.events.indexOf(rig.all(Reconnected.class).get(0)));
            assertThat(rig.all(StateDriftDetected.class)).isEmpty();
            System.out.printf("reconnect: %d connects, games started %s, ended %s%n",
                    rig.all(Connected.class).size(), started, ended);
        }
    }
}
