package io.rugdesk.exchange;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The server's order rules (protocol.md §4.5–§4.7) over one market: it knows the game, phase, tick and price, and
 * fills, refuses or settles orders of the {@link Account}s passed in. Buys fill at the tick's price (presale: 1.0
 * on tick 0) with {@code qty = floor9(amount ÷ price)}; sells take a percentage (above 0, at most 100) of the
 * position, oldest lot first, for {@code floor9(qty × price)}; one sidebet at a time, window
 * {@code start…start + 40}, paying 5×; amounts have at most 9 decimals and are at least 0.001 SOL (and at most
 * {@code maxBet}, if one is set); an order beyond the cash is refused. A refused order changes nothing.
 *
 * <p>The owner drives the market: {@link #startGame}, {@link #openPresale}, {@link #tick} per price, then
 * {@link #rug}; per tick it calls {@link #expireSidebet} and at the rug {@link #settleRug} for each account (or its
 * two steps, {@link #settleSidebetAtRug} and {@link #liquidateAtRug}).
 * Thread: the owner's; no clock (sidebet times are passed in).
 */
public final class Exchange {

    public static final BigDecimal MIN_AMOUNT = new BigDecimal("0.001");
    public static final int SIDEBET_TICKS = 40;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal maxBet;
    private String gameId = "";
    private MarketPhase phase = MarketPhase.CLOSED;
    private int tick;
    private BigDecimal price = BigDecimal.ONE;

    /** {@code maxBet}: the largest amount of one order, or null for none. */
    public Exchange(BigDecimal maxBet) {
        this.maxBet = maxBet;
    }

    // ---- the market

    /** A new game: orders are closed until the presale or the first tick. */
    public void startGame(String id) {
        gameId = Objects.requireNonNull(id, "gameId");
        phase = MarketPhase.CLOSED;
        tick = 0;
        price = BigDecimal.ONE;
    }

    /** The presale: buys and sidebets at 1.0 on tick 0. */
    public void openPresale() {
        phase = MarketPhase.PRESALE;
        tick = 0;
        price = BigDecimal.ONE;
    }

    /** A running tick at {@code tickPrice}. */
    public void tick(int tickIndex, BigDecimal tickPrice) {
        phase = MarketPhase.ACTIVE;
        tick = tickIndex;
        price = Objects.requireNonNull(tickPrice, "price");
    }

    /** The rug at {@code rugTick} and {@code rugPrice}: no more orders in this game. */
    public void rug(int rugTick, BigDecimal rugPrice) {
        phase = MarketPhase.RUGGED;
        tick = rugTick;
        price = Objects.requireNonNull(rugPrice, "rugPrice");
    }

    /** Orders closed between games (cooldown, or nothing running). */
    public void close() {
        phase = MarketPhase.CLOSED;
    }

    public String gameId() {
        return gameId;
    }

    public MarketPhase phase() {
        return phase;
    }

    public int tick() {
        return tick;
    }

    public BigDecimal price() {
        return price;
    }

    /** Buys and sidebets are taken in the presale and while the game runs. */
    public boolean tradingOpen() {
        return phase == MarketPhase.PRESALE || phase == MarketPhase.ACTIVE;
    }

    /** The price a buy or sidebet placed now fills at (1.0 in the presale). */
    public BigDecimal fillPrice() {
        return phase == MarketPhase.PRESALE ? BigDecimal.ONE : price;
    }

    /** The tick a buy or sidebet placed now is booked on (0 in the presale). */
    public int fillTick() {
        return phase == MarketPhase.PRESALE ? 0 : tick;
    }

    // ---- orders

    /** Buys {@code amount} SOL of tokens at the current price. */
    public OrderOutcome buy(Account account, BigDecimal amount) {
        Refusal refused = checkAmount(amount);
        if (refused == null && !tradingOpen()) {
            refused = new Refusal(RefusalReason.WRONG_PHASE,
                    "Buying is only possible during the presale or while the game runs.");
        }
        if (refused == null) {
            refused = checkCash(account, amount);
        }
        if (refused != null) {
            return refused;
        }
        BigDecimal atPrice = fillPrice();
        BigDecimal qty = account.buy(amount, atPrice);
        return new Fill(Fill.Kind.BUY, gameId, fillTick(), atPrice, qty, amount);
    }

    /** Sells {@code percentage} % (above 0, at most 100) of the position at the current price. */
    public OrderOutcome sell(Account account, BigDecimal percentage) {
        if (percentage == null || percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0) {
            return new Refusal(RefusalReason.INVALID_PERCENTAGE, "The percentage to sell must be above 0 and at"
                    + " most 100, not " + (percentage == null ? "nothing" : percentage.toPlainString()) + ".");
        }
        if (phase != MarketPhase.ACTIVE) {
            return new Refusal(RefusalReason.WRONG_PHASE, "Selling is only possible while the game runs.");
        }
        if (!account.hasPosition()) {
            return new Refusal(RefusalReason.NOTHING_TO_SELL,
                    "You hold no tokens in this game, so there is nothing to sell.");
        }
        Account.Sold sold = account.sell(percentage, price);
        return new Fill(Fill.Kind.SELL, gameId, tick, price, sold.qty(), sold.proceeds());
    }

    /** Places a sidebet of {@code amount} SOL for the 40 ticks from now; {@code now} is stored with it. */
    public OrderOutcome sidebet(Account account, BigDecimal amount, long now) {
        Refusal refused = checkAmount(amount);
        if (refused == null && !tradingOpen()) {
            refused = new Refusal(RefusalReason.WRONG_PHASE,
                    "Sidebets can only be placed during the presale or while the game runs.");
        }
        if (refused == null && account.hasOpenSidebet()) {
            refused = new Refusal(RefusalReason.SIDEBET_ALREADY_OPEN,
                    "You already have an open sidebet; wait until it is settled.");
        }
        if (refused == null) {
            refused = checkCash(account, amount);
        }
        if (refused != null) {
            return refused;
        }
        int start = fillTick();
        Sidebet bet = new Sidebet(gameId, start, start + SIDEBET_TICKS, amount, fillPrice(), now);
        account.placeSidebet(bet);
        return bet;
    }

    // ---- settlement

    /**
     * At a running tick: the account's sidebet loses now when this tick is its window's last one or later (a running
     * tick at {@code endTick} means the rug cannot fall inside the window any more), else null. The bet is then
     * settled, so a new one may start on this very tick (protocol.md §4.7: "the next bet can start exactly at the
     * previous end").
     */
    public SidebetSettled expireSidebet(Account account) {
        Sidebet bet = account.sidebet();
        if (bet == null || phase != MarketPhase.ACTIVE || tick < bet.endTick()) {
            return null;
        }
        account.settleSidebet(false);
        return new SidebetSettled(bet, false, tick, BigDecimal.ZERO);
    }

    /**
     * At the rug (after {@link #rug}): the open sidebet wins iff the rug tick is inside its window, then the whole
     * position is sold at the rug price (protocol.md §4.2); the account is marked at the rug price. The same as
     * {@link #settleSidebetAtRug} then {@link #liquidateAtRug}.
     */
    public RugSettlement settleRug(Account account) {
        SidebetSettled settled = settleSidebetAtRug(account);
        return new RugSettlement(settled, liquidateAtRug(account));
    }

    /**
     * The rug's first step, for an owner that reports the account between the two (the simulator sends the
     * sidebet result and a {@code playerUpdate} before the forced sale): the open sidebet wins iff the rug tick is
     * inside its window. Returns null when none was open.
     */
    public SidebetSettled settleSidebetAtRug(Account account) {
        requireRugged("settleSidebetAtRug");
        Sidebet bet = account.sidebet();
        if (bet == null) {
            return null;
        }
        boolean won = bet.winsAt(tick);
        BigDecimal payout = account.settleSidebet(won);
        return new SidebetSettled(bet, won, tick, payout);
    }

    /**
     * The rug's second step: the whole position is sold at the rug price (protocol.md §4.2) and the account is
     * marked at the rug price. Returns the forced sale, or null when the account held no tokens.
     */
    public Fill liquidateAtRug(Account account) {
        requireRugged("liquidateAtRug");
        Fill liquidation = null;
        if (account.hasPosition()) {
            Account.Sold sold = account.sell(HUNDRED, price);
            liquidation = new Fill(Fill.Kind.RUG_LIQUIDATION, gameId, tick, price, sold.qty(), sold.proceeds());
        }
        account.mark(price);
        return liquidation;
    }

    private void requireRugged(String step) {
        if (phase != MarketPhase.RUGGED) {
            throw new IllegalStateException(step + " before rug(): phase is " + phase);
        }
    }

    // ---- checks

    private Refusal checkAmount(BigDecimal amount) {
        if (amount == null) {
            return new Refusal(RefusalReason.MALFORMED, "The order needs an amount in SOL.");
        }
        if (amount.stripTrailingZeros().scale() > Account.SCALE) {
            return new Refusal(RefusalReason.TOO_MANY_DECIMALS, "Amounts have at most 9 decimals; "
                    + amount.toPlainString() + " has more.");
        }
        if (amount.compareTo(MIN_AMOUNT) < 0) {
            return new Refusal(RefusalReason.AMOUNT_TOO_SMALL, "The smallest amount is 0.001 SOL, not "
                    + amount.toPlainString() + ".");
        }
        if (maxBet != null && amount.compareTo(maxBet) > 0) {
            return new Refusal(RefusalReason.AMOUNT_TOO_LARGE, "The largest amount is " + maxBet.toPlainString()
                    + " SOL, not " + amount.toPlainString() + ".");
        }
        return null;
    }

    private static Refusal checkCash(Account account, BigDecimal amount) {
        if (account.cash().compareTo(amount) < 0) {
            return new Refusal(RefusalReason.INSUFFICIENT_CASH, "Not enough cash: you have "
                    + account.cash().stripTrailingZeros().toPlainString() + " SOL but the order needs "
                    + amount.toPlainString() + " SOL.");
        }
        return null;
    }
}
