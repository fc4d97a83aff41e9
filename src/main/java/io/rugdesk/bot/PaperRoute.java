package io.rugdesk.bot;

import io.rugdesk.backtest.GameTally;
import io.rugdesk.exchange.Account;
import io.rugdesk.exchange.Exchange;
import io.rugdesk.exchange.Fill;
import io.rugdesk.exchange.OrderOutcome;
import io.rugdesk.exchange.Refusal;
import io.rugdesk.exchange.RugSettlement;
import io.rugdesk.exchange.Sidebet;
import io.rugdesk.exchange.SidebetSettled;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.strategy.AccountView;
import io.rugdesk.strategy.Intent;
import java.math.BigDecimal;

/**
 * Paper trading: live prices, fills by the exchange core (the rules of the backtester and the simulator) at the
 * price of the tick on which the strategy decided, on a paper {@link Account} that starts at a chosen balance.
 * Thread: the domain thread.
 */
public final class PaperRoute implements OrderRoute {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Exchange exchange = new Exchange(null);
    private final Account account;

    public PaperRoute(BigDecimal balance) {
        this.account = new Account(balance, 0);
    }

    @Override
    public boolean live() {
        return false;
    }

    /** The paper account (read on the domain thread). */
    public Account account() {
        return account;
    }

    /** The tick the exchange is at (0 in the presale and before the first tick). */
    int exchangeTick() {
        return exchange.tick();
    }

    /** The price the exchange is at. */
    BigDecimal exchangePrice() {
        return exchange.price();
    }

    @Override
    public RiskControl.Book book() {
        return new RiskControl.Book(account.cash(), account.amountHeld(), account.openSidebetStake());
    }

    @Override
    public AccountView view(BigDecimal sessionPnlBefore) {
        Sidebet bet = account.sidebet();
        return new AccountView(account.cash(), account.positionQty(), account.avgCost(), account.amountHeld(),
                account.openSidebetStake(), bet == null ? -1 : bet.endTick(), account.realizedGamePnl(),
                sessionPnlBefore);
    }

    @Override
    public BigDecimal cash() {
        return account.cash();
    }

    @Override
    public void gameStarted(String gameId, GameTally tally) {
        account.startGame();
        exchange.startGame(gameId);
    }

    @Override
    public void presale() {
        exchange.openPresale();
    }

    @Override
    public void ticked(int tick, BigDecimal price, GameTally tally) {
        exchange.tick(tick, price);
        SidebetSettled lost = exchange.expireSidebet(account);
        if (lost != null) {
            tally.settled(lost, account.cash());
        }
    }

    @Override
    public String place(Intent intent, int tick, GameTally tally) {
        BigDecimal expected = exchange.price();
        OrderOutcome outcome = switch (intent.kind()) {
            case BUY -> exchange.buy(account, intent.amount());
            case SELL -> exchange.sell(account, BigDecimal.valueOf(intent.percent()));
            case SIDEBET -> exchange.sidebet(account, intent.amount(), 0L);
        };
        if (outcome instanceof Refusal refusal) {
            tally.refused(refusal.code());
            return refusal.message();
        }
        if (outcome instanceof Fill fill) {
            tally.filled(fill, tick, expected, intent.reason(), account.cash(), !account.hasPosition());
        } else if (outcome instanceof Sidebet bet) {
            tally.sidebetPlaced(bet, tick, expected, intent.reason(), account.cash());
        }
        return null;
    }

    @Override
    public void rugged(int rugTick, BigDecimal rugPrice, GameTally tally) {
        exchange.rug(rugTick, rugPrice);
        RugSettlement rug = exchange.settleRug(account);
        if (rug.sidebet() != null) {
            tally.settled(rug.sidebet(), account.cash());
        }
        if (rug.liquidation() != null) {
            tally.filled(rug.liquidation(), rugTick, "rug", account.cash(), true);
        }
        exchange.close();
    }

    @Override
    public void sellAll(GameTally tally) {
        if (account.hasPosition() && tally != null) {
            OrderOutcome outcome = exchange.sell(account, HUNDRED);
            if (outcome instanceof Fill fill) {
                tally.filled(fill, exchange.tick(), "emergency stop", account.cash(), true);
            }
        }
    }
}
