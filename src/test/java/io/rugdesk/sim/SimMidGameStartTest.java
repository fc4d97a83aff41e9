package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.json.JSONArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SimConfig#startMidGame()} over a real socket: a client that connects at once finds the first game running
 * at tick {@value SimGameLoop#MID_GAME_TICK} with every price so far in its connect snapshot, the ticks go on from
 * there, and the next game starts with the usual cooldown and reveals the first game's seed.
 */
class SimMidGameStartTest {

    private static final String SEED = "1e23450371572df08e4c5a21c82c8d7e5bb5a1630061b5747d3864f58bcf26e8";

    private SimServer server;

    /** 1.0 then +1 % a tick, rug at {@code rugTick}: the price at tick t is 1.01^t, written out independently. */
    private static PriceSource.Round climbing(int rugTick) {
        List<Double> prices = new ArrayList<>();
        for (int t = 0; t < rugTick; t++) {
            prices.add(Math.pow(1.01, t));
        }
        return new PriceSource.Round(prices, rugTick, prices.get(rugTick - 1));
    }

    private void start(double speed, int rugTick, boolean midGame) throws Exception {
        SimConfig config = SimConfig.defaults().withSpeed(speed).withSeeds(List.of(SEED), 7).withBots(2)
                .withStartMidGame(midGame);
        server = new SimServer(config, (seed, id) -> climbing(rugTick), Clock.systemUTC()).start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theFirstGameIsUnderWayWithItsPricesSoFarAndTheNextStartsWithACooldown() throws Exception {
        start(10, 400, true);
        try (SimProbe probe = new SimProbe(server.url(), false)) {
            SimProbe.Received snapshot = probe.awaitEvent("gameStateUpdate");
            assertThat(snapshot.json().getBoolean("active")).isTrue();
            assertThat(snapshot.json().getInt("cooldownTimer")).isZero();
            int tick = snapshot.json().getInt("tickCount");
            assertThat(tick).isGreaterThanOrEqualTo(40).isLessThan(400);
            JSONArray prices = snapshot.json().getJSONArray("prices");
            assertThat(prices.length()).isEqualTo(tick + 1);
            for (int t = 0; t <= tick; t++) {
                assertThat(prices.getDouble(t)).isCloseTo(Math.pow(1.01, t), Offset.offset(1e-12));
            }
            String firstGame = snapshot.json().getString("gameId");

            SimProbe.Received nextTick = probe.awaitEvent("gameStateUpdate",
                    r -> r.json().optInt("tickCount") == tick + 1, Duration.ofSeconds(10));
            assertThat(nextTick.json().getBoolean("active")).isTrue();
            assertThat(nextTick.json().getDouble("price")).isCloseTo(Math.pow(1.01, tick + 1),
                    Offset.offset(1e-12));

            SimProbe.Received announce = probe.awaitEvent("gameStateUpdate",
                    r -> !r.json().getString("gameId").equals(firstGame) && r.json().has("gameHistory"),
                    Duration.ofSeconds(30));
            assertThat(announce.json().getInt("cooldownTimer")).isEqualTo(15000);
            assertThat(announce.json().getJSONArray("gameHistory").getJSONObject(0).getString("id"))
                    .isEqualTo(firstGame);
            assertThat(announce.json().getJSONArray("gameHistory").getJSONObject(0)
                    .getJSONObject("provablyFair").getString("serverSeed")).isEqualTo(SEED);
        }
        assertThat(server.gameLog()).first().satisfies(game -> assertThat(game.rugTick()).isEqualTo(400));
    }

    @Test
    void withFreshSeedsAGameAboutToRugIsPassedOverForOneWithTimeLeft() throws Exception {
        // the 10 past games of the connect snapshot, then two games of 20 ticks, then one of 400
        AtomicInteger rounds = new AtomicInteger();
        SimConfig config = SimConfig.defaults().withSpeed(10).withBots(0).withStartMidGame(true);
        server = new SimServer(config, (seed, id) -> climbing(rounds.incrementAndGet() <= 12 ? 20 : 400),
                Clock.systemUTC()).start();
        try (SimProbe probe = new SimProbe(server.url(), false)) {
            SimProbe.Received snapshot = probe.awaitEvent("gameStateUpdate");
            assertThat(snapshot.json().getBoolean("active")).isTrue();
            assertThat(snapshot.json().getInt("tickCount")).isGreaterThanOrEqualTo(40).isLessThan(400);
        }
    }

    @Test
    void aGameTooShortToJoinMidWayStartsAtItsTickZero() throws Exception {
        start(0.05, 1, true);   // a tick every 5 s: the client connects well within tick 0
        try (SimProbe probe = new SimProbe(server.url(), false)) {
            SimProbe.Received snapshot = probe.awaitEvent("gameStateUpdate");
            assertThat(snapshot.json().getInt("cooldownTimer")).isZero();
            assertThat(snapshot.json().getBoolean("active")).isTrue();
            assertThat(snapshot.json().getInt("tickCount")).isZero();
        }
    }

    @Test
    void withoutTheOptionTheFirstGameStartsWithItsCooldown() throws Exception {
        start(10, 400, false);
        try (SimProbe probe = new SimProbe(server.url(), false)) {
            SimProbe.Received snapshot = probe.awaitEvent("gameStateUpdate");
            assertThat(snapshot.json().getBoolean("active")).isFalse();
            assertThat(snapshot.json().getInt("cooldownTimer")).isGreaterThan(10000);
        }
    }
}
