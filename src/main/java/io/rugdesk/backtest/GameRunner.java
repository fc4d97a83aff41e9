package io.rugdesk.backtest;

import io.rugdesk.exchange.Account;
import io.rugdesk.exchange.Exchange;
import io.rugdesk.exchange.Fill;
import io.rugdesk.exchange.OrderOutcome;
import io.rugdesk.exchange.Refusal;
import io.rugdesk.exchange.RugSettlement;
import io.rugdesk.exchange.Sidebet;
import io.rugdesk.exchange.SidebetSettled;
import io.rugdesk.risk.RiskGuard;
import io.rugdesk.risk.RiskRefusal;
import io.rugdesk.strategy.AccountView;
import io.rugdesk.strategy.GameEnd;
import io.rugdesk.strategy.GameStart;
import io.rugdesk.strategy.Intent;
import io.rugdesk.strategy.Phase;
import io.rugdesk.strategy.Strategy;
import io.rugdesk.strategy.TickView;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Plays one {@link GameTape} for one strategy on the exchange. Per observed tick, in this order: a sidebet whose
 * window has passed is lost; intents decided {@code latencyTicks} earlier fill at this tick's price; the strategy
 * sees the tick and its account; its intents pass the risk guard, then fill now (no latency) or wait. At the rug
 * the exchange settles the sidebet and liquidates the position; waiting intents never fill. A strategy that
 * throws is not asked again in this game, which the exchange still settles; the result names the exception.
 * Thread: one worker; a new runner per game.
 */
final class GameRunner {

    static final String RUGGED_BEFORE_FILL = "RUGGED_BEFORE_FILL";

    private record Waiting(int decidedTick, int dueTick, Intent intent) {
    }

    private final GameTape tape;
    private final Account account;
    private final RiskGuard guard;
    private final int latencyTicks;
    private final BigDecimal sessionPnlBefore;
    private final Exchange exchange = new Exchange(null);
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final BigDecimal startBalance;
    private final GameTally tally;
    private BigDecimal required = BigDecimal.ZERO;
    private boolean insufficientCash;
    private AccountView view;

    GameRunner(GameTape tape, int index, Account account, RiskGuard guard, int latencyTicks,
            BigDecimal sessionPnlBefore) {
        this.tape = tape;
        this.account = account;
        this.guard = guard;
        this.latencyTicks = latencyTicks;
        this.sessionPnlBefore = sessionPnlBefore;
        this.startBalance = account.cash();
        this.tally = new GameTally(index, tape.gameId(), tape.source(), tape.firstTick(), tape.joinedMidGame(),
                startBalance);
    }

    GameResult run(Strategy strategy) {
        String gameId = tape.gameId();
        account.startGame();
        exchange.startGame(gameId);
        Strategy active = strategy;
        try {
            active.onGameStart(new GameStart(gameId, tape.firstTick(), tape.joinedMidGame(), view()));
        } catch (RuntimeException e) {
            active = fail(e);
        }
        for (int i = 0; i < tape.size(); i++) {
            int tick = tape.tickAt(i);
            if (account.hasOpenSidebet() && tick >= account.sidebet().endTick()) {
                exchange.tick(tick, tape.priceAt(i));
                settled(exchange.expireSidebet(account));
            }
            while (!waiting.isEmpty() && waiting.peekFirst().dueTick() <= tick) {
                Waiting due = waiting.pollFirst();
                execute(due.intent(), due.decidedTick(), i);
            }
            if (active != null) {
                List<Intent> intents;
                try {
                    intents = active.onTick(new TickView(gameId, Phase.ACTIVE, tick, tape.pricesUpTo(i + 1),
                            view()));
                    if (intents == null) {
                        throw new IllegalArgumentException("the strategy returned no list (null) instead of intents");
                    }
                } catch (RuntimeException e) {
                    active = fail(e);
                    intents = List.of();
                }
                int count = intents.size();   // an index loop: most ticks return List.of(), no iterator made
                for (int k = 0; k < count; k++) {
                    Intent intent = intents.get(k);
                    if (intent == null) {
                        active = fail(new IllegalArgumentException("the strategy returned a null intent"));
                        break;
                    }
                    if (passesRisk(intent)) {
                        if (latencyTicks == 0) {
                            execute(intent, tick, i);
                        } else {
                            waiting.addLast(new Waiting(tick, tick + latencyTicks, intent));
                        }
                    }
                }
            }
        }
        if (!waiting.isEmpty()) {
            tally.refused(RUGGED_BEFORE_FILL, waiting.size());
            waiting.clear();
        }
        exchange.rug(tape.rugTick(), tape.rugPrice());
        RugSettlement rug = exchange.settleRug(account);
        settled(rug.sidebet());
        if (rug.liquidation() != null) {
            tally.filled(rug.liquidation(), tape.rugTick(), "rug", account.cash(), !account.hasPosition());
        }
        view = null;
        if (active != null) {
            try {
                active.onGameEnd(new GameEnd(gameId, tape.rugTick(), tape.rugPrice(),
                        account.cash().subtract(startBalance), view()));
            } catch (RuntimeException e) {
                fail(e);
            }
        }
        return tally.result(tape.rugTick(), tape.rugPrice(), tape.size(), tape.lateTicks(), account.cash(),
                tape.serverSeed(), tape.serverSeedHash(), required, insufficientCash);
    }

    private Strategy fail(RuntimeException e) {
        tally.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        return null;
    }

    private boolean passesRisk(Intent intent) {
        RiskGuard.Order order = switch (intent.kind()) {
            case BUY -> RiskGuard.Order.BUY;
            case SELL -> RiskGuard.Order.SELL;
            case SIDEBET -> RiskGuard.Order.SIDEBET;
        };
        RiskRefusal refusal = guard.check(order, intent.amount(),
                sessionPnlBefore.add(account.realizedGamePnl()), account.amountHeld());
        if (refusal == null) {
            return true;
        }
        tally.refused(refusal.reason().code());
        return false;
    }

    private void execute(Intent intent, int decidedTick, int index) {
        exchange.tick(tape.tickAt(index), tape.priceAt(index));
        BigDecimal cashBefore = account.cash();
        OrderOutcome outcome = switch (intent.kind()) {
            case BUY -> exchange.buy(account, intent.amount());
            case SELL -> exchange.sell(account, BigDecimal.valueOf(intent.percent()));
            case SIDEBET -> exchange.sidebet(account, intent.amount(), 0L);
        };
        view = null;
        if (outcome instanceof Refusal refusal) {
            tally.refused(refusal.code());
            insufficientCash |= refusal.reason() == io.rugdesk.exchange.RefusalReason.INSUFFICIENT_CASH;
            return;
        }
        if (intent.kind() != Intent.Kind.SELL) {
            // the least start balance that affords this order: amount − (cash before − start)
            required = required.max(intent.amount().subtract(cashBefore.subtract(startBalance)));
        }
        if (outcome instanceof Fill fill) {
            tally.filled(fill, decidedTick, intent.reason(), account.cash(), !account.hasPosition());
        } else if (outcome instanceof Sidebet bet) {
            tally.sidebetPlaced(bet, decidedTick, intent.reason(), account.cash());
        }
    }

    private void settled(SidebetSettled settled) {
        if (settled == null) {
            return;
        }
        view = null;
        tally.settled(settled, account.cash());
    }

    /** The account as the strategy sees it; rebuilt only after it changed. */
    private AccountView view() {
        if (view == null) {
            var bet = account.sidebet();
            view = new AccountView(account.cash(), account.positionQty(), account.avgCost(), account.amountHeld(),
                    account.openSidebetStake(), bet == null ? -1 : bet.endTick(), account.realizedGamePnl(),
                    sessionPnlBefore);
        }
        return view;
    }
}
