package io.rugdesk.sim;

import io.rugdesk.exchange.Account;
import io.rugdesk.exchange.Exchange;
import io.rugdesk.exchange.Fill;
import io.rugdesk.exchange.RefusalReason;
import io.rugdesk.exchange.SidebetSettled;
import io.socket.socketio.server.SocketIoSocket;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;

/**
 * The players and connections of the simulated server: the market ({@link Exchange}, which owns the trading
 * rules and settles sidebets and the rug), the simulated player and the bots, the connected clients, the wire events of
 * orders and settlements in the documented order (state events, then {@code playerUpdate}, then the ACK) and the
 * injected faults (latency before responses, dropped {@code gameStateUpdate}s).
 * Thread: the simulator's loop thread, except the volatile fault settings.
 */
final class SimTable {

    enum OrderKind { BUY, SELL, SIDEBET }

    private static final String[] BOT_NAMES = {"Zer02Her0", "GLOSS", "Boss", "XLR8", "ehiwna", "d3e", "Dutch", "N0m4D"};
    private static final BigDecimal[] BOT_AMOUNTS = {new BigDecimal("0.01"), new BigDecimal("0.05"),
            new BigDecimal("0.1"), new BigDecimal("0.5")};
    private static final BigDecimal BOT_SIDEBET = new BigDecimal("0.01");

    private final ScheduledExecutorService loop;
    private final Exchange exchange;
    private final OrderDesk desk;
    private final SimPlayer simulatedPlayer;
    private final List<SimPlayer> bots = new ArrayList<>();
    private final Set<SimPlayer> participants = new LinkedHashSet<>();
    private final Map<String, SimClient> clients = new LinkedHashMap<>();
    private final List<Map<String, Object>> gameSidebets = new ArrayList<>();
    private volatile long latencyMs;
    private volatile long jitterMs;
    private volatile double dropRate;
    private int tradeCount;

    SimTable(SimConfig config, ScheduledExecutorService loop) {
        this.loop = loop;
        this.exchange = new Exchange(config.maxBet());
        this.desk = new OrderDesk(exchange);
        this.simulatedPlayer = new SimPlayer(config.playerId(), config.username(), 7,
                new Account(config.startingCash(), config.driftFeeBps()));
        for (int i = 0; i < config.botCount(); i++) {
            String id = "did:privy:simbot" + String.format("%019d", i);
            bots.add(new SimPlayer(id, BOT_NAMES[i % BOT_NAMES.length], 10 + 7 * i,
                    new Account(BigDecimal.valueOf(1000), 0)));
        }
        setFaults(config.latencyMs(), config.jitterMs(), config.dropRate());
    }

    void setDriftFeeBps(int bps) {
        simulatedPlayer.account().setSellFeeBps(bps);
    }

    void setFaults(long latency, long jitter, double drop) {
        latencyMs = latency;
        jitterMs = jitter;
        dropRate = drop;
    }

    // ---- connections

    /** Registers a connection and sends the connect snapshot (none while replaying a capture). */
    SimClient connect(SocketIoSocket socket, Map<String, Object> snapshot) {
        SimClient client = new SimClient(socket);
        clients.put(client.id(), client);
        if (snapshot == null) {
            return client;
        }
        client.send("gameStateUpdate", WireJson.toWire(snapshot));
        GameMessages.eventStubs().forEach((event, payload) -> {
            if ("rugRoyaleUpdate".equals(event)) {
                client.send(event, WireJson.toWire(payload));
            } else {
                client.sendTraced(event, WireJson.toWire(payload));
            }
        });
        return client;
    }

    void disconnect(String socketId) {
        clients.remove(socketId);
    }

    void disconnectAll() {
        new ArrayList<>(clients.values()).forEach(SimClient::disconnect);
        clients.clear();
    }

    BigDecimal simulatedPlayerCash() {
        return simulatedPlayer.account().cash();
    }

    int connectedPlayers() {
        return 180 + clients.size();
    }

    /** {@code authenticate}: any non-empty token (object {@code {token}} or a plain string) is accepted. */
    void authenticate(String socketId, Object payload, SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack) {
        SimClient client = clients.get(socketId);
        Object token = payload instanceof JSONObject object ? object.opt("token") : payload;
        if (client == null || !(token instanceof String text) || text.isBlank()) {
            if (ack != null) {
                ack.sendAcknowledgement(WireJson.toWire(new OrderDesk.Refusal(RefusalReason.MALFORMED,
                        "authenticate needs a non-empty token: {\"token\":\"…\"} or a plain string.").ack()));
            }
            return;
        }
        client.markAuthenticated();
        client.send("playerUpdate", WireJson.toWire(simulatedPlayer.playerUpdate()));
        usernameStatus(socketId);
        if (ack != null) {
            ack.sendAcknowledgement(WireJson.toWire(OrderDesk.success()));
        }
    }

    /** Sends an event with its recorded arguments to every client (capture replay). */
    void broadcastRaw(String event, Object... wireArgs) {
        for (SimClient client : clients.values()) {
            client.sendRaw(event, wireArgs);
        }
    }

    /** {@code usernameStatus} (traced) to an authenticated client: after login and on {@code checkUsername}. */
    void usernameStatus(String socketId) {
        SimClient client = clients.get(socketId);
        if (client == null || !client.authenticated()) {
            return;
        }
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", simulatedPlayer.id());
        status.put("hasUsername", true);
        status.put("username", simulatedPlayer.username());
        client.sendTraced("usernameStatus", WireJson.toWire(status));
    }

    // ---- orders

    void order(String socketId, OrderKind kind, Object payload, long now,
            SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack) {
        SimClient client = clients.get(socketId);
        Map<String, Object> reply;
        Map<String, Object> update = null;
        try {
            if (client == null || !client.authenticated()) {
                throw new OrderDesk.Refusal(RefusalReason.NOT_AUTHENTICATED,
                        "Log in first: emit authenticate with a token.");
            }
            reply = OrderDesk.success();
            switch (kind) {
                case BUY -> publishTrade(simulatedPlayer, desk.buy(simulatedPlayer, payload));
                case SELL -> publishTrade(simulatedPlayer, desk.sell(simulatedPlayer, payload));
                case SIDEBET -> {
                    desk.sidebet(simulatedPlayer, payload, now);
                    publishSidebet(simulatedPlayer);
                    reply.put("message", "Side bet placed");
                    reply.put("sidebet", simulatedPlayer.placedRecord());
                }
            }
            participants.add(simulatedPlayer);
            update = simulatedPlayer.playerUpdate();
        } catch (OrderDesk.Refusal refusal) {
            reply = refusal.ack();
        }
        Object wireUpdate = update == null ? null : WireJson.toWire(update);
        Object wireReply = WireJson.toWire(reply);
        respondLater(() -> {
            if (wireUpdate != null) {
                authenticatedClients().forEach(c -> c.send("playerUpdate", wireUpdate));
            }
            if (ack != null) {
                ack.sendAcknowledgement(wireReply);
            }
        });
    }

    private void respondLater(Runnable response) {
        long jitter = jitterMs;
        long delay = latencyMs + (jitter > 0 ? ThreadLocalRandom.current().nextLong(jitter + 1) : 0);
        if (delay <= 0) {
            response.run();
        } else {
            loop.schedule(response, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** {@code standard/newTrade} of a fill; the rug's forced sale is a {@code sell} like any other. */
    private void publishTrade(SimPlayer player, Fill fill) {
        tradeCount++;
        Map<String, Object> trade = new LinkedHashMap<>();
        trade.put("id", UUID.randomUUID().toString());
        trade.put("gameId", fill.gameId());
        trade.put("playerId", player.id());
        trade.put("type", fill.isBuy() ? "buy" : "sell");
        trade.put("price", fill.price());
        trade.put("tickIndex", fill.tick());
        trade.put("coin", "solana");
        trade.put("amount", fill.amount());
        trade.put("qty", fill.qty());
        if (fill.isBuy()) {
            trade.put("leverage", 1);
        }
        trade.put("bonusPortion", 0);
        trade.put("realPortion", fill.amount());
        trade.put("username", player.username());
        trade.put("level", player.level());
        Object wire = WireJson.toWire(trade);
        clients.values().forEach(c -> c.sendTraced("standard/newTrade", wire));
    }

    private void publishSidebet(SimPlayer player) {
        Map<String, Object> placed = player.placedRecord();
        Map<String, Object> globalRecord = new LinkedHashMap<>(placed);
        globalRecord.put("id", UUID.randomUUID().toString());
        gameSidebets.add(globalRecord);
        Object wire = WireJson.toWire(placed);
        clients.values().forEach(c -> c.sendTraced("newSideBet", wire));
        if (player == simulatedPlayer) {
            authenticatedClients().forEach(c -> c.sendTraced("currentSidebet", wire));
        }
    }

    // ---- game progress: the loop drives the market, the exchange settles, this class tells the clients

    /** A new game (cooldown): orders closed, every account's per-game figures cleared. */
    void startGame(String gameId) {
        exchange.startGame(gameId);
        participants.clear();
        simulatedPlayer.account().startGame();
        bots.forEach(bot -> bot.account().startGame());
    }

    /** The presale: buys and sidebets at 1.0 on tick 0. */
    void openPresale() {
        exchange.openPresale();
    }

    /** A running tick: orders fill at {@code price}; sidebets whose window ends at or before {@code tick} lose now. */
    void tick(int tick, double price) {
        exchange.tick(tick, WireJson.decimal(price));
        for (SimPlayer player : participants) {
            SidebetSettled lost = exchange.expireSidebet(player.account());
            if (lost != null) {
                publishSidebetResult(player, lost, price, System.currentTimeMillis());
            }
        }
    }

    int tradeCount() {
        return tradeCount;
    }

    /** Marks every participant at {@code price} (the leaderboard's unrealised P&amp;L). */
    void markAll(double price) {
        BigDecimal mark = WireJson.decimal(price);
        participants.forEach(p -> p.account().mark(mark));
    }

    /**
     * {@code currentSidebetResult} and a {@code playerUpdate} to the simulated player's clients; every result is
     * kept.
     */
    private void publishSidebetResult(SimPlayer player, SidebetSettled settled, double price, long now) {
        Map<String, Object> result = player.sidebetResult(settled, price, now);
        result.put("id", UUID.randomUUID().toString());
        gameSidebets.add(result);
        if (player == simulatedPlayer) {
            Object wire = WireJson.toWire(result);
            authenticatedClients().forEach(c -> c.sendTraced("currentSidebetResult", wire));
            sendSimulatedPlayerUpdate();
        }
    }

    private void sendSimulatedPlayerUpdate() {
        Object update = WireJson.toWire(simulatedPlayer.playerUpdate());
        authenticatedClients().forEach(c -> c.send("playerUpdate", update));
    }

    /**
     * The rug: no more orders; per participant the open sidebet is settled (result, {@code playerUpdate}), then the
     * position is sold at the rug price (trade, {@code playerUpdate}) — the server's order of events.
     */
    void settleRug(int rugTick, double rugPrice, long now) {
        exchange.rug(rugTick, WireJson.decimal(rugPrice));
        for (SimPlayer player : participants) {
            SidebetSettled settled = exchange.settleSidebetAtRug(player.account());
            if (settled != null) {
                publishSidebetResult(player, settled, rugPrice, now);
            }
            Fill liquidation = exchange.liquidateAtRug(player.account());
            if (liquidation != null) {
                publishTrade(player, liquidation);
                if (player == simulatedPlayer) {
                    sendSimulatedPlayerUpdate();
                }
            }
        }
    }

    List<Map<String, Object>> takeGameSidebets() {
        List<Map<String, Object>> taken = List.copyOf(gameSidebets);
        gameSidebets.clear();
        return taken;
    }

    /** Top 10 of this game's participants by PnL. */
    List<Map<String, Object>> leaderboard() {
        List<SimPlayer> ranked = new ArrayList<>(participants);
        ranked.sort(SimGameLoop.byPnlDescending());
        List<Map<String, Object>> board = new ArrayList<>();
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            board.add(ranked.get(i).leaderboardEntry(i + 1));
        }
        return board;
    }

    /**
     * Sends a {@code gameStateUpdate} to every client, then {@code gameStatePlayerUpdate} to the authenticated
     * ones. A droppable message may be dropped (fault injection); big extended messages never are.
     */
    void broadcastState(Map<String, Object> payload, boolean droppable) {
        if (droppable && dropRate > 0 && ThreadLocalRandom.current().nextDouble() < dropRate) {
            return;
        }
        Object wire = WireJson.toWire(payload);
        clients.values().forEach(c -> c.send("gameStateUpdate", wire));
        List<SimClient> authenticated = authenticatedClients();
        if (!authenticated.isEmpty()) {
            Map<String, Object> playerState = new LinkedHashMap<>();
            playerState.put("gameId", payload.get("gameId"));
            playerState.put("rugpool", Map.of("instarugCount", 1, "threshold", 10, "rugpoolAmount", 0.7011900015));
            if (simulatedPlayer.isInGame()) {
                playerState.put("leaderboardEntry", simulatedPlayer.leaderboardEntry(rank(simulatedPlayer)));
            }
            Object playerWire = WireJson.toWire(playerState);
            authenticated.forEach(c -> c.send("gameStatePlayerUpdate", playerWire));
        }
    }

    private int rank(SimPlayer player) {
        List<SimPlayer> ranked = new ArrayList<>(participants);
        ranked.sort(SimGameLoop.byPnlDescending());
        return ranked.indexOf(player) + 1;
    }

    private List<SimClient> authenticatedClients() {
        return clients.values().stream().filter(SimClient::authenticated).toList();
    }

    // ---- bots

    void botsPresale(Random random) {
        for (SimPlayer bot : bots) {
            if (!participants.contains(bot) && random.nextDouble() < 0.004) {
                botBuy(bot, random);
            }
        }
    }

    /** Bots trade through the same exchange as the simulated player (an order it refuses is simply not made). */
    void botsTrade(Random random) {
        for (SimPlayer bot : bots) {
            double roll = random.nextDouble();
            if (!bot.account().hasPosition() && roll < 0.02) {
                botBuy(bot, random);
            } else if (bot.account().hasPosition() && roll < 0.03) {
                int[] percentages = {25, 50, 100};
                BigDecimal pct = BigDecimal.valueOf(percentages[random.nextInt(percentages.length)]);
                if (exchange.sell(bot.account(), pct) instanceof Fill fill) {
                    publishTrade(bot, fill);
                }
            } else if (bot.sidebet() == null && roll > 0.995
                    && exchange.sidebet(bot.account(), BOT_SIDEBET, System.currentTimeMillis()).accepted()) {
                participants.add(bot);
                publishSidebet(bot);
            }
        }
    }

    private void botBuy(SimPlayer bot, Random random) {
        BigDecimal amount = BOT_AMOUNTS[random.nextInt(BOT_AMOUNTS.length)];
        if (exchange.buy(bot.account(), amount) instanceof Fill fill) {
            participants.add(bot);
            publishTrade(bot, fill);
        }
    }
}
