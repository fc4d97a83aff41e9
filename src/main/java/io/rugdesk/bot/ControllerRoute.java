package io.rugdesk.bot;

import io.rugdesk.backtest.GameTally;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.strategy.AccountView;
import io.rugdesk.strategy.Intent;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.TradeCommand;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A paper strategy's orders as the window's own: each intent becomes a {@code Request*} on the bus, marked
 * automatic, so it passes the session's {@link io.rugdesk.trading.TradingController} and its risk guard exactly like
 * a button, and the client's local account (and so the verifier) knows it. In paper mode the controller sends it to
 * the window's {@link PaperDesk}, which fills it into the strategy's tally and logs FILLED or REFUSED. A refusal by
 * the controller or the guard is counted and logged here. The desk settles the market, so the market calls do
 * nothing. (Live, the window uses {@link LiveRoute}, as {@code bot --live} does.)
 *
 * <p>{@link #live()} is true: orders go through the controller, which asks the guard itself, and the emergency
 * stop's sale is the guard's {@code RequestSell}. Thread: the domain thread.
 */
public final class ControllerRoute implements OrderRoute, AutoCloseable {

    private record Sent(Intent intent, int decidedTick, GameTally tally) { }

    private final EventBus bus;
    private final RiskControl risk;
    private final Supplier<PlayerAccount> account;
    private final PaperDesk desk;
    private final LongSupplier clockMillis;
    private final Map<TradeCommand, Sent> sent = new IdentityHashMap<>();
    private final Subscriptions handles = new Subscriptions();
    private String gameId;

    /**
     * @param account the client's local account (the orders in flight applied), null while not known
     * @param desk    the paper desk the session's orders go to
     */
    public ControllerRoute(EventBus bus, RiskControl risk, Supplier<PlayerAccount> account, PaperDesk desk,
            LongSupplier clockMillis) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.risk = Objects.requireNonNull(risk, "risk");
        this.account = Objects.requireNonNull(account, "account");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        handles.add(bus.subscribe(OrderRejected.class, this::onRejected));
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public RiskControl.Book book() {
        PlayerAccount now = account.get();
        return now == null ? null : RiskControl.Book.of(now);
    }

    @Override
    public AccountView view(BigDecimal sessionPnlBefore) {
        PlayerAccount now = account.get();
        if (now == null) {
            return new AccountView(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, -1, BigDecimal.ZERO, sessionPnlBefore);
        }
        return new AccountView(now.cash(), now.positionQty(), now.avgCost(), now.investedAmount(),
                now.sidebet() == null ? BigDecimal.ZERO : now.sidebet().amount(),
                now.sidebet() == null ? -1 : now.sidebet().endTick(), now.realisedPnl().add(now.sidebetPnl()),
                sessionPnlBefore);
    }

    @Override
    public BigDecimal cash() {
        PlayerAccount now = account.get();
        return now == null ? BigDecimal.ZERO : now.cash();
    }

    @Override
    public void gameStarted(String id, GameTally tally) {
        gameId = id;
        sent.clear();   // requests of the last game were answered long ago
        desk.follow(tally);
    }

    @Override
    public void presale() {
        // the paper desk opens the market
    }

    @Override
    public void ticked(int tick, BigDecimal price, GameTally tally) {
        // the paper desk moves the market
    }

    @Override
    public String place(Intent intent, int tick, GameTally tally) {
        Stamp stamp = Stamp.local(0, clockMillis.getAsLong());
        TradeCommand request = OrderRoute.request(intent, stamp);
        risk.markAutomatic(request);
        sent.put(request, new Sent(intent, tick, tally));
        desk.expect(request, intent, tick, tally);
        bus.publish(request);
        return null;
    }

    @Override
    public void rugged(int rugTick, BigDecimal rugPrice, GameTally tally) {
        // the paper desk settles the rug
    }

    @Override
    public void sellAll(GameTally tally) {
        // the risk guard's emergency stop sends the RequestSell itself
    }

    private void onRejected(OrderRejected rejected) {
        Sent mine = sent.remove(rejected.request());
        if (mine == null) {
            return;
        }
        mine.tally().refused("rejected");
        bus.publish(new StrategyDecided(rejected.stamp(), gameId, mine.decidedTick(), mine.intent().toString(),
                "REFUSED", rejected.reason()));
    }

    @Override
    public void close() {
        handles.close();
    }
}
