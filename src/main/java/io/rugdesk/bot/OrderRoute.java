package io.rugdesk.bot;

import io.rugdesk.backtest.GameTally;
import io.rugdesk.event.Stamp;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.strategy.AccountView;
import io.rugdesk.strategy.Intent;
import io.rugdesk.trading.RequestBuy;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.RequestSidebet;
import io.rugdesk.trading.TradeCommand;
import java.math.BigDecimal;

/**
 * Where a strategy's orders go once the risk guard passed them: the {@link PaperRoute} (the exchange core fills at
 * the tick's price) or the live trading controller. The runner tells it the market as it moves. Thread: the
 * domain thread.
 */
interface OrderRoute {

    /** The command a window's button would publish for {@code intent}: the routes to the trading controller send it. */
    static TradeCommand request(Intent intent, Stamp stamp) {
        return switch (intent.kind()) {
            case BUY -> new RequestBuy(stamp, intent.amount());
            case SELL -> new RequestSell(stamp, intent.percent());
            case SIDEBET -> new RequestSidebet(stamp, intent.amount());
        };
    }

    /** True when orders go to a real account. */
    boolean live();

    /** The account orders act on, for the risk guard; null while not known. */
    RiskControl.Book book();

    /** The account as the strategy sees it. */
    AccountView view(BigDecimal sessionPnlBefore);

    /** The balance now (cash). */
    BigDecimal cash();

    void gameStarted(String gameId, GameTally tally);

    void presale();

    /** A new running tick: the market moves (a sidebet whose window has passed is lost). */
    void ticked(int tick, BigDecimal price, GameTally tally);

    /** Executes {@code intent}, decided on {@code tick}; null when filled or sent, else the refusal's text. */
    String place(Intent intent, int tick, GameTally tally);

    /** The game rugged: the exchange settles the sidebet and liquidates the position. */
    void rugged(int rugTick, BigDecimal rugPrice, GameTally tally);

    /**
     * Whether every order placed has been answered (filled, refused, timed out). Live, after a lost connection
     * the strategy waits for it: an order whose answer was lost with the connection stays in flight until its
     * ACK timeout, and a new order behind it would be matched to the server's state as if it came after it.
     */
    default boolean ordersSettled() {
        return true;
    }

    /** The emergency stop: sells 100 % of the position now, if there is one. */
    void sellAll(GameTally tally);
}
