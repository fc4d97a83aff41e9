package io.rugdesk.bot;

import io.rugdesk.backtest.GameTally;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.exchange.Fill;
import io.rugdesk.exchange.Sidebet;
import io.rugdesk.exchange.SidebetSettled;
import io.rugdesk.game.Money;
import io.rugdesk.game.OpenSidebet;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.protocol.NewTrade;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.SidebetPlacement;
import io.rugdesk.risk.EmergencyStopEngaged;
import io.rugdesk.risk.OrderRefusedByRisk;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.strategy.AccountView;
import io.rugdesk.strategy.Intent;
import io.rugdesk.trading.AccountModel;
import io.rugdesk.trading.OrderAcknowledged;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.TradeCommand;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live trading: a strategy's intents become {@code RequestBuy}/{@code RequestSell}/{@code RequestSidebet} on the
 * bus, so they take the path of a button (the trading gate, the controller's checks, the risk guard, the server).
 * An order counts as filled when the server confirms it (success ACK), at what the server reports: its
 * {@code standard/newTrade} for this player (tick, price, tokens, SOL), else the execution price the account model
 * matched. The expected price is the price of the tick on which the strategy decided; the report shows both.
 * Refusals (the guard's, the controller's, the server's, a timeout) are counted by reason and the strategy goes on.
 *
 * <p>The balance is the account model's confirmed cash: what the server confirmed, as the verifier checks it. A
 * sidebet's settlement and the rug's liquidation are written by the exchange's rules from the bot's own fills
 * (the server's own messages for them come after the game's rug).
 *
 * <p>Orders are matched to the controller's answers in order (each request gets exactly one
 * {@code OrderSubmitted} or {@code OrderRejected}); a manual order of the same kind and size sent in the same
 * instant could be taken for the bot's. Thread: the domain thread only (constructor included).
 */
public final class LiveRoute implements OrderRoute, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRoute.class);

    /** One intent sent: where it came from and, once submitted, its order id and the server's trade. */
    private static final class Sent {
        final TradeCommand request;
        final Intent intent;
        final String gameId;
        final int decidedTick;
        final BigDecimal expectedPrice;
        final GameTally tally;
        BigDecimal sellQty;
        NewTrade trade;
        SidebetPlacement placement;
        BigDecimal cashAfter;
        boolean refusedByRisk;
        /** Its fill is in the report already: the server's trade came before the rug, its ACK after it. */
        boolean reportedAtRug;

        Sent(TradeCommand request, Intent intent, String gameId, int decidedTick, BigDecimal expectedPrice,
                GameTally tally) {
            this.request = request;
            this.intent = intent;
            this.gameId = gameId;
            this.decidedTick = decidedTick;
            this.expectedPrice = expectedPrice;
            this.tally = tally;
        }

        OrderKind kind() {
            return switch (intent.kind()) {
                case BUY -> OrderKind.BUY;
                case SELL -> OrderKind.SELL;
                case SIDEBET -> OrderKind.SIDEBET;
            };
        }
    }

    private final EventBus bus;
    private final AccountModel account;
    private final Supplier<String> playerId;
    private final RiskControl risk;
    private final LongSupplier clock;
    private final Subscriptions handles = new Subscriptions();
    private final ArrayDeque<Sent> awaitingSubmit = new ArrayDeque<>();
    private final Map<Long, Sent> inFlight = new LinkedHashMap<>();
    private String gameId;
    private boolean rugged = true;
    private int tick;
    private BigDecimal price = BigDecimal.ONE;
    private BigDecimal positionQty = BigDecimal.ZERO;
    private Sidebet openBet;
    private BigDecimal lastCash;
    private GameTally current;
    private boolean emergencyStopped;

    /**
     * @param account  the trading controller's account model (the server's confirmed state, as verified)
     * @param playerId the logged-in player's id, or null while unknown (tells the bot's trades among all trades)
     * @param risk     the guard the controller asks; the bot's requests are marked automatic with it
     */
    public LiveRoute(EventBus bus, AccountModel account, Supplier<String> playerId, RiskControl risk,
            LongSupplier clock) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.account = Objects.requireNonNull(account, "account");
        this.playerId = Objects.requireNonNull(playerId, "playerId");
        this.risk = Objects.requireNonNull(risk, "risk");
        this.clock = Objects.requireNonNull(clock, "clock");
        handles.add(bus.subscribe(OrderRefusedByRisk.class, this::onRefusedByRisk));
        handles.add(bus.subscribe(OrderRejected.class, this::onRejected));
        handles.add(bus.subscribe(OrderSubmitted.class, this::onSubmitted));
        handles.add(bus.subscribe(NewTrade.class, this::onTrade));
        handles.add(bus.subscribe(OrderAcknowledged.class, this::onAcknowledged));
        handles.add(bus.subscribe(OrderConfirmed.class, this::onConfirmed));
        handles.add(bus.subscribe(OrderFailed.class, this::onFailed));
        handles.add(bus.subscribe(EmergencyStopEngaged.class, e -> emergencyStopped = true));
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public RiskControl.Book book() {
        return account.expected().map(RiskControl.Book::of).orElse(null);
    }

    @Override
    public AccountView view(BigDecimal sessionPnlBefore) {
        PlayerAccount now = account.expected().orElse(PlayerAccount.withCash(BigDecimal.ZERO));
        OpenSidebet bet = now.sidebet();
        return new AccountView(now.cash(), now.positionQty(), now.avgCost(), now.investedAmount(),
                bet == null ? BigDecimal.ZERO : bet.amount(), bet == null ? -1 : bet.endTick(),
                now.realisedPnl().add(now.sidebetPnl()), sessionPnlBefore);
    }

    /** The confirmed cash; null while the server's account is not known yet. */
    @Override
    public BigDecimal cash() {
        account.confirmed().ifPresent(confirmed -> lastCash = confirmed.cash());
        return lastCash;
    }

    /** Orders sent and not yet answered by the server. */
    public int ordersInFlight() {
        return awaitingSubmit.size() + inFlight.size();
    }

    @Override
    public boolean ordersSettled() {
        return ordersInFlight() == 0;
    }

    @Override
    public void gameStarted(String id, GameTally tally) {
        gameId = id;
        current = tally;
        rugged = false;
        positionQty = BigDecimal.ZERO;
        openBet = null;
    }

    @Override
    public void presale() {
        // the server keeps the market; nothing to move here
    }

    @Override
    public void ticked(int tickIndex, BigDecimal tickPrice, GameTally tally) {
        tick = tickIndex;
        price = tickPrice;
        if (openBet != null && tickIndex > openBet.endTick()) {   // the window passed: lost (protocol.md §4.7)
            tally.settled(new SidebetSettled(openBet, false, tickIndex, BigDecimal.ZERO), cash());
            openBet = null;
        }
    }

    @Override
    public String place(Intent intent, int decidedTick, GameTally tally) {
        Stamp stamp = Stamp.local(0, clock.getAsLong());
        TradeCommand request = OrderRoute.request(intent, stamp);
        Sent sent = new Sent(request, intent, gameId, decidedTick, price, tally);
        if (intent.kind() == Intent.Kind.SELL) {
            sent.sellQty = account.expected().map(a -> a.quantityToSell(intent.percent())).orElse(null);
        }
        awaitingSubmit.addLast(sent);
        risk.markAutomatic(request);
        bus.publish(request);
        return null;
    }

    @Override
    public void rugged(int rugTick, BigDecimal rugPrice, GameTally tally) {
        BigDecimal cash = cash();   // settled: the account model applied the rug (and orders seen before it)
        // the server traded these before the rug (its trade record came first); their ACK is still on its way
        List<Sent> executed = new ArrayList<>();
        List<Fill> fills = new ArrayList<>();
        BigDecimal held = positionQty;
        for (Sent sent : inFlight.values()) {
            if (sent.trade != null && !sent.reportedAtRug && sent.gameId.equals(gameId)) {
                Fill fill = fill(sent, sent.trade.price());
                executed.add(sent);
                fills.add(fill);
                held = fill.isBuy() ? held.add(fill.qty()) : held.subtract(fill.qty()).max(BigDecimal.ZERO);
            }
        }
        boolean won = openBet != null && openBet.winsAt(rugTick);
        BigDecimal payout = won ? openBet.stake().multiply(io.rugdesk.exchange.Account.SIDEBET_MULTIPLIER)
                : BigDecimal.ZERO;
        BigDecimal liquidation = held.signum() > 0 ? Money.value(held, rugPrice) : BigDecimal.ZERO;
        // walked back from the settled balance: each fill's balance after it, before the rug's settlement
        BigDecimal[] after = new BigDecimal[fills.size()];
        BigDecimal balance = cash.subtract(liquidation).subtract(payout);
        for (int i = fills.size() - 1; i >= 0; i--) {
            after[i] = balance;
            balance = fills.get(i).isBuy() ? balance.add(fills.get(i).amount()) : balance.subtract(
                    fills.get(i).amount());
        }
        for (int i = 0; i < executed.size(); i++) {
            executed.get(i).reportedAtRug = true;
            report(executed.get(i), fills.get(i), after[i]);
        }
        rugged = true;
        if (openBet != null) {
            tally.settled(new SidebetSettled(openBet, won, rugTick, payout), cash.subtract(liquidation));
            openBet = null;
        }
        if (positionQty.signum() > 0) {
            tally.filled(new Fill(Fill.Kind.RUG_LIQUIDATION, gameId, rugTick, rugPrice, positionQty, liquidation),
                    rugTick, "rug", cash, true);
            positionQty = BigDecimal.ZERO;
        }
    }

    /** Live, the risk control sells on the emergency stop itself (a {@code RequestSell} of 100 %). */
    @Override
    public void sellAll(GameTally tally) {
        // nothing: RiskControl in LIVE mode sends the sell through the controller
    }

    private void onRefusedByRisk(OrderRefusedByRisk refused) {
        Sent head = awaitingSubmit.peekFirst();
        if (refused.automatic() && head != null) {
            head.refusedByRisk = true;
            head.tally.refused(refused.reason().code());
        }
    }

    private void onRejected(OrderRejected rejected) {
        for (Iterator<Sent> it = awaitingSubmit.iterator(); it.hasNext(); ) {
            Sent sent = it.next();
            if (sent.request == rejected.request()) {
                it.remove();
                if (!sent.refusedByRisk) {
                    sent.tally.refused("REFUSED_LOCALLY");
                }
                decided(rejected.stamp(), sent, "REFUSED", rejected.reason());
                return;
            }
        }
    }

    private void onSubmitted(OrderSubmitted submitted) {
        for (Iterator<Sent> it = awaitingSubmit.iterator(); it.hasNext(); ) {
            Sent sent = it.next();
            if (sent.kind() == submitted.kind() && (submitted.kind() == OrderKind.SELL
                    ? sent.intent.percent() == submitted.percentage()
                    : sent.intent.amount().compareTo(submitted.amount()) == 0)) {
                it.remove();
                inFlight.put(submitted.orderId(), sent);
                return;
            }
        }
    }

    /** The server's record of a trade of this player: the bot's oldest order of that side without one gets it. */
    private void onTrade(NewTrade trade) {
        String me = playerId.get();
        if (me == null || !me.equals(trade.playerId()) || rugged || !trade.gameId().equals(gameId)) {
            return;
        }
        OrderKind side = "buy".equals(trade.type()) ? OrderKind.BUY : "sell".equals(trade.type()) ? OrderKind.SELL
                : null;
        if (side == null) {
            return;
        }
        for (Sent sent : inFlight.values()) {
            if (sent.kind() == side && sent.trade == null) {
                sent.trade = trade;
                return;
            }
        }
        // not the bot's order (the emergency stop's sell, a button): the account it trades changes all the same
        positionQty = side == OrderKind.BUY ? positionQty.add(trade.qty()) : positionQty.subtract(trade.qty()).max(
                BigDecimal.ZERO);
        String why = side == OrderKind.SELL && emergencyStopped ? "emergency stop" : "not the strategy's order";
        LOG.info("{}: {} {} tokens at {} on tick {}", why, trade.type(), trade.qty(), trade.price(),
                trade.tickIndex());
        if (current != null) {
            current.filled(new Fill(side == OrderKind.BUY ? Fill.Kind.BUY : Fill.Kind.SELL, gameId,
                    trade.tickIndex(), trade.price(), trade.qty(), trade.amount()), trade.tickIndex(), why,
                    account.expected().map(PlayerAccount::cash).orElse(lastCash), positionQty.signum() == 0);
        }
    }

    private void onAcknowledged(OrderAcknowledged acknowledged) {
        Sent sent = inFlight.get(acknowledged.orderId());
        if (sent == null) {
            return;
        }
        OrderAck ack = acknowledged.ack();
        if (ack.success()) {
            sent.placement = ack.sidebet();
            // the controller committed it just now (it listens first): the balance right after this order, before
            // the next ACK of a batch is committed
            sent.cashAfter = cash();
        } else {
            sent.tally.refused(ack.error() == null ? "SERVER_REFUSED" : ack.error());
        }
    }

    private void onConfirmed(OrderConfirmed confirmed) {
        Sent sent = inFlight.remove(confirmed.orderId());
        if (sent == null) {
            return;
        }
        BigDecimal cash = sent.cashAfter != null ? sent.cashAfter : cash();
        if (sent.kind() == OrderKind.SIDEBET) {
            SidebetPlacement placed = sent.placement;
            int start = placed != null ? placed.startTick() : sent.decidedTick;
            int end = placed != null ? placed.endTick() : start + OpenSidebet.WINDOW_TICKS;
            BigDecimal at = placed != null && placed.price() != null ? placed.price() : confirmed.executionPrice();
            Sidebet bet = new Sidebet(sent.gameId, start, end, sent.intent.amount(), at, 0L);
            sent.tally.sidebetPlaced(bet, sent.decidedTick, sent.expectedPrice, sent.intent.reason(), cash);
            if (sent.gameId.equals(gameId) && !rugged) {
                openBet = bet;
            }
            decided(confirmed.stamp(), sent, "FILLED", "sidebet from tick " + start + " to " + end);
            return;
        }
        Fill fill = fill(sent, confirmed.executionPrice());
        if (!sent.reportedAtRug) {
            if (!sent.gameId.equals(gameId) || rugged) {
                LOG.warn("order {} of game {} confirmed after its rug without the server's trade record: its fill"
                        + " is not in that game's report", confirmed.orderId(), sent.gameId);
            }
            report(sent, fill, cash);
        }
        decided(confirmed.stamp(), sent, "FILLED", "at " + fill.price().toPlainString() + " on tick " + fill.tick()
                + " (expected " + sent.expectedPrice.toPlainString() + " on tick " + sent.decidedTick
                + ", slippage " + fill.price().subtract(sent.expectedPrice).toPlainString() + ")");
    }

    /** A fill of the bot's order into its game's report; the position follows it while the game runs. */
    private void report(Sent sent, Fill fill, BigDecimal cashAfter) {
        if (sent.gameId.equals(gameId) && !rugged) {
            positionQty = fill.isBuy() ? positionQty.add(fill.qty()) : positionQty.subtract(fill.qty())
                    .max(BigDecimal.ZERO);
        }
        sent.tally.filled(fill, sent.decidedTick, sent.expectedPrice, sent.intent.reason(), cashAfter,
                positionQty.signum() == 0);
    }

    /** The server's trade when it came, else the account model's execution price by the game's rules. */
    private static Fill fill(Sent sent, BigDecimal executionPrice) {
        Fill.Kind kind = sent.kind() == OrderKind.BUY ? Fill.Kind.BUY : Fill.Kind.SELL;
        NewTrade trade = sent.trade;
        if (trade != null) {
            return new Fill(kind, sent.gameId, trade.tickIndex(), trade.price(), trade.qty(), trade.amount());
        }
        if (kind == Fill.Kind.BUY) {
            return new Fill(kind, sent.gameId, sent.decidedTick, executionPrice,
                    Money.quantityBought(sent.intent.amount(), executionPrice), sent.intent.amount());
        }
        BigDecimal qty = sent.sellQty != null ? sent.sellQty : BigDecimal.ZERO;
        return new Fill(kind, sent.gameId, sent.decidedTick, executionPrice, qty, Money.value(qty, executionPrice));
    }

    private void onFailed(OrderFailed failed) {
        Sent sent = inFlight.remove(failed.orderId());
        if (sent == null) {
            return;
        }
        if (!failed.reason().startsWith("refused by the server")) {   // the ACK's code was counted already
            sent.tally.refused(failed.reason().startsWith("no acknowledgement") ? "NO_ACK" : "NOT_SENT");
        }
        decided(failed.stamp(), sent, "REFUSED", failed.reason());
    }

    private void decided(Stamp stamp, Sent sent, String outcome, String detail) {
        bus.publish(new StrategyDecided(stamp, sent.gameId, sent.decidedTick, sent.intent.toString(), outcome,
                detail));
    }

    @Override
    public void close() {
        handles.close();
    }
}
