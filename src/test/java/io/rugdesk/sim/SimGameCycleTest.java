package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.exchange.Exchange;
import io.rugdesk.game.fair.SeedHash;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole game cycle at 20× over a real socket: the documented message sequence and key sets, the seed reveal in
 * the next game's {@code gameHistory[0]}, and a player trading through presale, the run and the rug.
 */
class SimGameCycleTest {

    private static final int RUG_TICK = 30;
    private static final String SEED = "1e23450371572df08e4c5a21c82c8d7e5bb5a1630061b5747d3864f58bcf26e8";

    private SimServer server;

    /** A fixed path: 1.0 then +1 % a tick, rug at {@code rugTick}. */
    private static PriceSource.Round fixedRound(int rugTick) {
        List<Double> prices = new ArrayList<>();
        double price = 1.0;
        for (int t = 0; t < rugTick; t++) {
            prices.add(price);
            price *= 1.01;
        }
        return new PriceSource.Round(prices, rugTick, prices.get(rugTick - 1));
    }

    private void start(double speed, int rugTick) throws Exception {
        SimConfig config = SimConfig.defaults().withSpeed(speed).withSeeds(List.of(SEED), 7).withBots(0);
        server = new SimServer(config, (seed, id) -> fixedRound(rugTick), Clock.systemUTC()).start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static int keys(SimProbe.Received r) {
        return r.json().length();
    }

    @Test
    void aFullCycleHasTheRealShapesAndRevealsTheSeedInTheNextGame() throws Exception {
        start(20, RUG_TICK);
        try (SimProbe probe = new SimProbe(server.url(), false)) {
            SimProbe.Received announce = probe.awaitEvent("gameStateUpdate",
                    r -> r.json().optInt("cooldownTimer") == 15000 && !r.json().has("prices"), Duration.ofSeconds(20));
            String gameId = announce.json().getString("gameId");
            assertThat(gameId).matches("\\d{8}-[0-9a-f]{16}");
            SimProbe.Received next = probe.awaitEvent("gameStateUpdate",
                    r -> probe.indexOf(r) > probe.indexOf(announce) && !r.json().getString("gameId").equals(gameId)
                            && r.json().has("gameHistory"),
                    Duration.ofSeconds(20));

            List<SimProbe.Received> updates = probe.all("gameStateUpdate");
            List<SimProbe.Received> game = updates.subList(updates.indexOf(announce), updates.indexOf(next) + 1);
            assertThat(keys(game.get(0))).isEqualTo(36);
            List<Integer> countdown = new ArrayList<>();
            int i = 1;
            for (; keys(game.get(i)) == 7 || game.get(i).json().optInt("cooldownTimer") == 10000; i++) {
                SimProbe.Received r = game.get(i);
                if (keys(r) == 7) {
                    countdown.add(r.json().getInt("cooldownTimer"));
                    assertThat(r.json().getBoolean("allowPreRoundBuys")).isEqualTo(r.json().getInt("cooldownTimer") <= 10000);
                } else {
                    assertThat(keys(r)).isEqualTo(21);
                }
            }
            assertThat(countdown).hasSize(149).startsWith(14900, 14800).endsWith(200, 100);
            assertThat(keys(game.get(i))).isEqualTo(14);
            assertThat(game.get(i).json().getInt("tickCount")).isZero();
            for (int tick = 1; tick <= RUG_TICK; tick++) {
                JSONObject m = game.get(i + tick).json();
                assertThat(m.length()).isEqualTo(21);
                assertThat(m.getInt("tickCount")).isEqualTo(tick);
                assertThat(m.getBoolean("rugged")).isEqualTo(tick == RUG_TICK);
                JSONObject window = m.getJSONObject("partialPrices");
                assertThat(window.getInt("endTick")).isEqualTo(tick);
                assertThat(window.getInt("startTick")).isEqualTo(Math.max(0, tick - 4));
            }
            JSONObject rugged = game.get(i + RUG_TICK).json();
            assertThat(rugged.getBoolean("active")).isTrue();
            double rugPrice = rugged.getBigDecimal("price").doubleValue();
            assertThat(rugPrice).isGreaterThan(0).isLessThanOrEqualTo(0.02);
            JSONObject ruggedExtended = game.get(i + RUG_TICK + 1).json();
            assertThat(ruggedExtended.length()).isEqualTo(36);
            assertThat(ruggedExtended.getInt("tickCount")).isEqualTo(RUG_TICK + 1);
            assertThat(historyIds(ruggedExtended)).doesNotContain(gameId);

            JSONObject revealed = next.json().getJSONArray("gameHistory").getJSONObject(0);
            assertThat(revealed.getString("id")).isEqualTo(gameId);
            assertThat(revealed.getJSONObject("provablyFair").getString("serverSeed")).isEqualTo(SEED);
            assertThat(revealed.getJSONObject("provablyFair").getString("serverSeedHash"))
                    .isEqualTo(announce.json().getJSONObject("provablyFair").getString("serverSeedHash"))
                    .isEqualTo(SeedHash.sha256Hex(SEED));
            JSONArray prices = revealed.getJSONArray("prices");
            assertThat(prices.length()).isEqualTo(RUG_TICK + 1);
            assertThat(prices.getBigDecimal(RUG_TICK).doubleValue()).isEqualTo(rugPrice);
            for (int t = 0; t < RUG_TICK; t++) {   // doubles survive the wire bit for bit
                assertThat(prices.getBigDecimal(t).doubleValue()).isEqualTo(fixedRound(RUG_TICK).prices().get(t));
            }
            GameRecord logged = server.gameLog().stream().filter(g -> g.gameId().equals(gameId)).findFirst()
                    .orElseThrow();
            assertThat(logged.serverSeed()).isEqualTo(SEED);
            assertThat(logged.rugTick()).isEqualTo(RUG_TICK);
            assertThat(logged.rugPrice()).isEqualTo(rugPrice);
        }
    }

    @Test
    void theConnectSnapshotHoldsTheLastTenGamesWithTheirSeedsAsTheRealServerDoes() throws Exception {
        start(20, RUG_TICK);
        try (SimProbe probe = new SimProbe(server.url(), false)) {
            JSONObject snapshot = probe.awaitEvent("gameStateUpdate", r -> r.json().has("prices"),
                    Duration.ofSeconds(20)).json();
            JSONArray history = snapshot.getJSONArray("gameHistory");
            assertThat(history.length()).isEqualTo(10);
            long newer = Long.MAX_VALUE;
            for (int i = 0; i < history.length(); i++) {
                JSONObject game = history.getJSONObject(i);
                assertThat(game.keySet()).containsExactlyInAnyOrder("id", "timestamp", "prices", "peakMultiplier",
                        "rugged", "globalTrades", "globalSidebets", "provablyFair", "gameVersion");
                assertThat(game.getString("id")).matches("\\d{8}-[0-9a-f]{16}");
                assertThat(game.getLong("timestamp")).as("newest first").isLessThan(newer);
                newer = game.getLong("timestamp");
                JSONObject fair = game.getJSONObject("provablyFair");
                assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(fair.getString("serverSeed").getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .isEqualTo(fair.getString("serverSeedHash"));
                JSONArray prices = game.getJSONArray("prices");
                assertThat(prices.length()).isEqualTo(RUG_TICK + 1);
                assertThat(prices.getDouble(RUG_TICK)).isGreaterThan(0).isLessThanOrEqualTo(0.02);
                assertThat(game.getDouble("peakMultiplier")).isEqualTo(fixedRound(RUG_TICK).peakMultiplier());
                assertThat(game.getBoolean("rugged")).isTrue();
            }
            assertThat(historyIds(snapshot)).doesNotHaveDuplicates().doesNotContain(snapshot.getString("gameId"));

            SimProbe.Received next = probe.awaitEvent("gameStateUpdate", r -> r.json().optInt("cooldownTimer") == 15000
                    && !r.json().getString("gameId").equals(snapshot.getString("gameId")), Duration.ofSeconds(20));
            List<String> after = historyIds(next.json());
            assertThat(after).hasSize(10).startsWith(snapshot.getString("gameId"));
            assertThat(after.subList(1, 10)).containsExactlyElementsOf(historyIds(snapshot).subList(0, 9));
        }
    }

    private static List<String> historyIds(JSONObject message) {
        List<String> ids = new ArrayList<>();
        JSONArray history = message.getJSONArray("gameHistory");
        for (int i = 0; i < history.length(); i++) {
            ids.add(history.getJSONObject(i).getString("id"));
        }
        return ids;
    }

    @Test
    void aPlayerTradesThroughAGameAndIsLiquidatedAtTheRug() throws Exception {
        // rug on the sidebet's last tick: still a win (inclusive end). Speed 4 leaves the presale 2.5 s for the
        // two orders below to land on tick 0 (at speed 8 a loaded machine once placed the sidebet at tick 7)
        start(4, Exchange.SIDEBET_TICKS);
        try (SimProbe probe = new SimProbe(server.url(), false)) {
            probe.socket.emit("authenticate", "plain-token");
            probe.awaitEvent("usernameStatus");
            probe.awaitEvent("gameStateUpdate", r -> r.json().optBoolean("allowPreRoundBuys"), Duration.ofSeconds(20));
            probe.emitWithAck("buyOrder", new JSONObject().put("amount", new BigDecimal("0.02")));
            probe.emitWithAck("requestSidebet", new JSONObject().put("amount", new BigDecimal("0.01"))
                    .put("coinAddress", SimPlayer.SOL_ADDRESS).put("xPayout", 5));
            assertThat(probe.awaitEvent("ack:buyOrder").json().getBoolean("success")).isTrue();
            JSONObject sidebetAck = probe.awaitEvent("ack:requestSidebet").json();
            assertThat(sidebetAck.getJSONObject("sidebet").getInt("endTick")).isEqualTo(40);

            int afterPresale = probe.received.size();
            probe.awaitEvent("gameStateUpdate", r -> probe.indexOf(r) >= afterPresale
                    && r.json().optInt("tickCount") >= 3 && r.json().optBoolean("active")
                    && !r.json().optBoolean("rugged"), Duration.ofSeconds(20));
            probe.emitWithAck("buyOrder", new JSONObject().put("amount", new BigDecimal("0.05")));
            probe.awaitEvent("ack:buyOrder", r -> probe.all("ack:buyOrder").size() == 2, Duration.ofSeconds(5));
            probe.emitWithAck("sellOrder", new JSONObject().put("percentage", 50));
            assertThat(probe.awaitEvent("ack:sellOrder").json().toMap()).containsEntry("success", true);

            SimProbe.Received win = probe.awaitEvent("currentSidebetResult", r -> true, Duration.ofSeconds(20));
            assertThat(win.json().getBigDecimal("payout")).isEqualByComparingTo("0.05");
            SimProbe.Received flat = probe.awaitEvent("playerUpdate",
                    r -> probe.indexOf(r) > probe.indexOf(win) && r.json().getBigDecimal("positionQty").signum() == 0,
                    Duration.ofSeconds(5));

            BigDecimal cash = BigDecimal.TEN.subtract(new BigDecimal("0.01")).add(new BigDecimal("0.05"));
            for (SimProbe.Received trade : probe.all("standard/newTrade")) {
                assertThat(trade.args()).hasSize(2);
                JSONObject t = trade.json();
                if (t.getString("type").equals("buy")) {
                    BigDecimal price = new BigDecimal(Double.toString(t.getBigDecimal("price").doubleValue()));
                    assertThat(t.getBigDecimal("qty")).isEqualByComparingTo(
                            t.getBigDecimal("amount").divide(price, 9, RoundingMode.DOWN));
                    cash = cash.subtract(t.getBigDecimal("amount"));
                } else {
                    cash = cash.add(t.getBigDecimal("amount"));
                }
            }
            assertThat(probe.all("standard/newTrade")).hasSize(4);  // 2 buys, the 50 % sell, the rug liquidation
            assertThat(flat.json().getBigDecimal("cash")).isEqualByComparingTo(cash);
        }
    }
}
