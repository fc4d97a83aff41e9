package io.rugdesk.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.backtest.FillRow;
import io.rugdesk.backtest.GameResult;
import io.rugdesk.exchange.Account;
import io.rugdesk.recording.RecordingReader.Entry;
import io.rugdesk.recording.RecordingReader.Other;
import io.rugdesk.recording.RecordingReader.Recording;
import io.rugdesk.recording.RecordingReader.Tick;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one recording into the backtest's {@link GameResult}, so the history shows the same figures as a backtest
 * report. The player's own fills are the {@code orderSeen} records, or the {@code orderConfirmed} ones where no
 * {@code orderSeen} came first (amount, percentage and tick from the matching {@code orderSubmitted}), never an
 * order with an {@code orderFailed} record (the state update's match was another order); buys and
 * sells go through the exchange's {@link Account} rules ({@code qty = floor9(amount ÷ price)}, sells oldest lot
 * first for {@code floor9(qty × price)}); a position still held at the rug is liquidated at the rug price; the
 * player's sidebets are the filled SIDEBET orders (stake paid) and the player's own {@code sidebetResult} records
 * (payout received; as in a backtest, the row is decided on the start tick and settled on the rug tick for a win,
 * the window's end for a loss). Balances are relative: every game starts at {@code startBalance} (the running
 * P&amp;L of the history), never at a cash figure the recording may not hold. Thread: stateless; any thread.
 */
final class RecordedGame {

    private record Submitted(String kind, BigDecimal amount, BigDecimal percentage, int tick) { }

    private RecordedGame() {
    }

    static GameResult of(int index, Recording recording, BigDecimal startBalance) {
        String ownId = ownPlayerId(recording);
        String gameId = recording.gameId();
        Account account = new Account(BigDecimal.ZERO, 0);
        BigDecimal sidebetCash = BigDecimal.ZERO;
        Map<String, Submitted> submitted = new HashMap<>();
        Set<String> filled = new HashSet<>();
        List<FillRow> rows = new ArrayList<>();
        int firstTick = -1;
        int lastTick = 0;
        int rugTick = -1;
        BigDecimal rugPrice = null;
        int fills = 0;
        int sidebets = 0;
        int won = 0;
        int lost = 0;
        Set<String> failed = new HashSet<>();
        for (Other other : recording.others()) {
            if (other.type().equals("orderFailed")) {
                failed.add(other.node().path("orderId").asText());
            }
        }
        for (Entry entry : recording.records()) {
            if (entry instanceof Tick tick) {
                if (!tick.late()) {
                    firstTick = firstTick < 0 ? tick.tick() : firstTick;
                    lastTick = tick.tick();
                }
                continue;
            }
            JsonNode n = ((Other) entry).node();
            switch (entry.type()) {
                case "orderSubmitted" -> submitted.put(n.path("orderId").asText(), new Submitted(
                        n.path("kind").asText(), decimal(n.get("amount")), decimal(n.get("percentage")),
                        n.path("tick").asInt(lastTick)));
                case "orderSeen", "orderConfirmed" -> {
                    // the first of the two is the fill: a state update can show an order just before the rug,
                    // and its confirmation then comes too late to be recorded
                    if (failed.contains(n.path("orderId").asText()) || !filled.add(n.path("orderId").asText())) {
                        continue; // a failed order is no fill, even where a state update seemed to show it
                    }
                    Submitted order = submitted.get(n.path("orderId").asText());
                    BigDecimal price = decimal(n.get("executionPrice"));
                    if (order == null || price == null || price.signum() <= 0) {
                        continue;
                    }
                    switch (order.kind()) {
                        case "BUY" -> {
                            BigDecimal qty = account.buy(order.amount(), price);
                            fills++;
                            rows.add(row(gameId, order, "BUY", price, qty, order.amount(),
                                    startBalance.add(account.cash()).add(sidebetCash)));
                        }
                        case "SELL" -> {
                            if (!account.hasPosition()) {
                                continue;
                            }
                            Account.Sold sold = account.sell(order.percentage(), price);
                            fills++;
                            rows.add(row(gameId, order, "SELL", price, sold.qty(), sold.proceeds(),
                                    startBalance.add(account.cash()).add(sidebetCash)));
                        }
                        case "SIDEBET" -> {
                            sidebetCash = sidebetCash.subtract(order.amount());
                            sidebets++;
                            rows.add(row(gameId, order, "SIDEBET", price, null, order.amount(),
                                    startBalance.add(account.cash()).add(sidebetCash)));
                        }
                        default -> { }
                    }
                }
                case "sidebetResult" -> {
                    BigDecimal payout = decimal(n.get("payout"));
                    if (ownId == null || !ownId.equals(n.path("playerId").asText()) || payout == null) {
                        continue;
                    }
                    boolean win = payout.signum() > 0;
                    won += win ? 1 : 0;
                    lost += win ? 0 : 1;
                    sidebetCash = sidebetCash.add(payout);
                    // the wire's tickIndex is the rug tick for a win but the start tick for a loss (protocol.md
                    // §4.7); the row, like a backtest's, is decided at the start and settled at the rug or the end
                    int tickIndex = n.path("tickIndex").asInt(lastTick);
                    int settledOn = win ? tickIndex : n.path("endTick").asInt(tickIndex);
                    rows.add(new FillRow(gameId, n.path("startTick").asInt(tickIndex), settledOn,
                            win ? "SIDEBET_WON" : "SIDEBET_LOST", win ? decimal(n.get("price")) : null, null, payout,
                            startBalance.add(account.cash()).add(sidebetCash), null));
                }
                case "gameEnded" -> {
                    if (n.hasNonNull("rugTick")) {
                        rugTick = n.get("rugTick").asInt();
                        rugPrice = decimal(n.get("rugPrice"));
                        if (account.hasPosition() && rugPrice != null) {
                            Account.Sold sold = account.sell(BigDecimal.valueOf(100), rugPrice);
                            fills++;
                            rows.add(new FillRow(gameId, rugTick, rugTick, "RUG_LIQUIDATION", rugPrice, sold.qty(),
                                    sold.proceeds(), startBalance.add(account.cash()).add(sidebetCash), null));
                        }
                    }
                }
                default -> { }
            }
        }
        if (rugTick < 0 && recording.footer() != null && recording.footer().rugTick() != null) {
            rugTick = recording.footer().rugTick();
            rugPrice = recording.footer().rugPrice();
        }
        boolean joinedMidGame = recording.header() != null && recording.header().joinedMidGame();
        BigDecimal endBalance = startBalance.add(account.cash()).add(sidebetCash);
        return new GameResult(index, gameId, recording.file().getFileName().toString(), Math.max(firstTick, 0),
                joinedMidGame, rugTick, rugPrice, recording.ticks().size(), recording.lateTicks().size(),
                startBalance, endBalance, fills, sidebets, won, lost, Map.of(), fills + sidebets > 0, 0L,
                recording.valid() ? null : String.join("; ", recording.problems()),
                recording.footer() == null ? null : recording.footer().serverSeed(),
                recording.header() == null ? null : recording.header().serverSeedHash(), null, false, rows);
    }

    /** The player's id: the header's, else a {@code player} record's, else a {@code serverState}'s; null unknown. */
    static String ownPlayerId(Recording recording) {
        JsonNode player = recording.header() == null ? null : recording.header().player();
        if (player != null && player.hasNonNull("id")) {
            return player.get("id").asText();
        }
        for (Other other : recording.others()) {
            if ((other.type().equals("player") || other.type().equals("serverState"))
                    && other.node().hasNonNull("id")) {
                return other.node().get("id").asText();
            }
        }
        return null;
    }

    private static FillRow row(String gameId, Submitted order, String kind, BigDecimal price, BigDecimal qty,
            BigDecimal amount, BigDecimal balance) {
        return new FillRow(gameId, order.tick(), order.tick(), kind, price, qty, amount, balance, null);
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
