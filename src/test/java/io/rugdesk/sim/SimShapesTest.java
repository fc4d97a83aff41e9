package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.exchange.Account;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The simulator's messages carry exactly the key sets of real rugs.fun frames. */
class SimShapesTest {

    private static final SimGame GAME = new SimGame("20251212-6114b2ff44ef4b71", "seed", "hash",
            List.of(1.0, 1.1, 1.2), 3, 1.2, 0.01);

    private static GameMessages.View view(List<Map<String, Object>> board) {
        return new GameMessages.View(GAME, 2, 1.2, true, false, 0, false, board, 200, 5, List.of(),
                List.of(1.0, 1.1, 1.2));
    }

    /** Real key sets of gameStateUpdate in CAP-A, and of its leaderboard entries and trades. */
    private static Set<Set<String>> realKeySets(String event, boolean leaderboardEntries) throws Exception {
        Set<Set<String>> sets = new HashSet<>();
        for (String line : Files.readAllLines(Fixtures.capture1212(), StandardCharsets.UTF_8)) {
            JSONObject record = new JSONObject(line);
            if (!record.getString("event").equals(event)) {
                continue;
            }
            Object data = record.get("data");
            JSONObject payload = data instanceof JSONArray pair ? pair.getJSONObject(pair.length() - 1) : (JSONObject) data;
            if (!leaderboardEntries) {
                sets.add(payload.keySet());
            } else if (payload.has("leaderboard")) {
                JSONArray board = payload.getJSONArray("leaderboard");
                for (int i = 0; i < board.length(); i++) {
                    sets.add(board.getJSONObject(i).keySet());
                }
            }
        }
        return sets;
    }

    private static Set<String> keys(Map<String, Object> message) {
        return ((JSONObject) WireJson.toWire(message)).keySet();
    }

    @Test
    void gameStateUpdateShapesAreRealOnes() throws Exception {
        Set<Set<String>> real = realKeySets("gameStateUpdate", false);
        GameMessages.View view = view(List.of());
        assertThat(real).contains(keys(GameMessages.cooldown(view)), keys(GameMessages.tickZero(view)),
                keys(GameMessages.standard(view)), keys(GameMessages.extended(view, false)),
                keys(GameMessages.extended(view, true)));
        assertThat(keys(GameMessages.cooldown(view))).hasSize(7);
        assertThat(keys(GameMessages.tickZero(view))).hasSize(14);
        assertThat(keys(GameMessages.standard(view))).hasSize(21);
        assertThat(keys(GameMessages.extended(view, true))).hasSize(36).contains("prices");
    }

    @Test
    void leaderboardEntriesAndTradesAreRealShapes() throws Exception {
        SimPlayer player = new SimPlayer("did:privy:x", "x", 3, new Account(BigDecimal.ONE, 0));
        player.account().buy(new BigDecimal("0.1"), BigDecimal.ONE);
        assertThat(realKeySets("gameStateUpdate", true)).contains(keys(player.leaderboardEntry(1)));
        Set<Set<String>> trades = realKeySets("standard/newTrade", false);
        assertThat(trades).isNotEmpty();
        for (Set<String> trade : trades) {
            assertThat(trade).containsAnyOf("qty", "amount");
        }
    }

    @Test
    void playerUpdateHasTheKeysOfTheRealAuthenticatedFrame() {
        SimPlayer player = new SimPlayer("did:privy:x", "x", 3, new Account(BigDecimal.ONE, 0));
        assertThat(keys(player.playerUpdate())).containsExactlyInAnyOrder("id", "role", "cash", "bonusBalance",
                "bonusWagerReq", "bonusWagered", "positionQty", "avgCost", "cumulativePnL", "sidebetPnl",
                "pnlPercent", "totalInvested", "hasInteracted", "selectedCoin", "levelInfo", "crateKeys",
                "recentCrateRewards", "shitcoinBalances", "authenticated", "hitMaxWin", "xpBoost", "sideBet",
                "sidebets", "shortPosition", "leveragedPositions", "autobuysEnabled", "autosellPrice");
    }

    @Test
    void numbersGoOutExactly() {
        JSONObject wire = (JSONObject) WireJson.toWire(Map.of("price", 1.4444769765026393,
                "cash", new BigDecimal("9.990000000"), "tiny", new BigDecimal("0.000000001")));
        String text = wire.toString();
        JSONObject back = new JSONObject(text);
        assertThat(back.getBigDecimal("price").doubleValue()).isEqualTo(1.4444769765026393);
        assertThat(text).contains("\"cash\":9.99").doesNotContain("9.990000000");
        assertThat(back.getBigDecimal("tiny")).isEqualByComparingTo("0.000000001");
    }
}
