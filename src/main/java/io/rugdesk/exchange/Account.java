package io.rugdesk.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One player's account as the server keeps it (protocol.md §4.5–§4.7): cash, FIFO lots, the open sidebet and the
 * per-game figures the server reports. Quantities: {@code qty = floor9(amount ÷ price)}; each lot carries its SOL
 * amount (for {@code totalInvested} and P&amp;L) and its cost {@code floor9(qty × price)} (for {@code avgCost},
 * which matches the real 1.181828845 of protocol.md §2.3); partial sells consume lots oldest first and a partly
 * sold lot keeps its price per token (ADR 0005). An optional sell fee (the simulator's drift mode) makes a server
 * deliberately deviate from the documented rules.
 *
 * <p>The mutators do not check the rules: {@link Exchange} does, then calls them. Thread: the owner's.
 */
public final class Account {

    /** Decimals of every SOL and token figure the server reports. */
    public static final int SCALE = 9;
    /** Decimals kept of a partly sold lot's cost: far below the 9 of every reported figure. */
    private static final int COST_SCALE = 18;
    public static final BigDecimal SIDEBET_MULTIPLIER = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    private record Lot(BigDecimal qty, BigDecimal amount, BigDecimal cost) {
    }

    /** Tokens sold and SOL received by {@link #sell}. */
    public record Sold(BigDecimal qty, BigDecimal proceeds) {
    }

    private final Deque<Lot> lots = new ArrayDeque<>();
    private int sellFeeBps;
    private BigDecimal cash;
    private BigDecimal realizedPnl = BigDecimal.ZERO;
    private BigDecimal sidebetPnl = BigDecimal.ZERO;
    private BigDecimal totalInvested = BigDecimal.ZERO;
    private BigDecimal markPrice = BigDecimal.ONE;
    private Sidebet sidebet;
    private boolean tradedThisGame;

    public Account(BigDecimal cash, int sellFeeBps) {
        this.cash = cash;
        setSellFeeBps(sellFeeBps);
    }

    /** Drift fault: from now on every sell loses {@code bps} basis points of its proceeds (0: none). */
    public void setSellFeeBps(int bps) {
        if (bps < 0 || bps >= 10_000) {
            throw new IllegalArgumentException("sell fee must be 0 to 9999 bps, was " + bps);
        }
        this.sellFeeBps = bps;
    }

    /** Truncation to 9 decimals, the server's rounding of every SOL and token figure. */
    public static BigDecimal floor9(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.DOWN);
    }

    /** Buys {@code amount} SOL at {@code price}; the caller has checked the rules. Returns the quantity. */
    public BigDecimal buy(BigDecimal amount, BigDecimal price) {
        BigDecimal qty = amount.divide(price, SCALE, RoundingMode.DOWN);
        lots.addLast(new Lot(qty, amount, floor9(qty.multiply(price))));
        cash = cash.subtract(amount);
        tradedThisGame = true;
        markPrice = price;
        raiseTotalInvested();
        return qty;
    }

    /** Sells {@code percentage} % of the position at {@code price}, oldest lots first; the caller checked. */
    public Sold sell(BigDecimal percentage, BigDecimal price) {
        BigDecimal toSell = percentage.compareTo(HUNDRED) >= 0 ? positionQty()
                : floor9(positionQty().multiply(percentage).divide(HUNDRED, SCALE + 4, RoundingMode.DOWN));
        BigDecimal removedAmount = BigDecimal.ZERO;
        BigDecimal remaining = toSell;
        while (remaining.signum() > 0 && !lots.isEmpty()) {
            Lot oldest = lots.pollFirst();
            if (oldest.qty().compareTo(remaining) <= 0) {
                removedAmount = removedAmount.add(oldest.amount());
                remaining = remaining.subtract(oldest.qty());
            } else {
                // the kept part keeps its price per token (protocol.md §4.6: a single lot's avgCost never moves
                // on a partial sell), so its cost is not rounded; the SOL paid for it is, like every SOL figure
                BigDecimal keptQty = oldest.qty().subtract(remaining);
                BigDecimal keptCost = oldest.cost().multiply(keptQty).divide(oldest.qty(), COST_SCALE,
                        RoundingMode.DOWN);
                BigDecimal keptAmount = floor9(oldest.amount().multiply(keptQty).divide(oldest.qty(), COST_SCALE,
                        RoundingMode.DOWN));
                removedAmount = removedAmount.add(oldest.amount().subtract(keptAmount));
                lots.addFirst(new Lot(keptQty, keptAmount, keptCost));
                remaining = BigDecimal.ZERO;
            }
        }
        BigDecimal proceeds = floor9(toSell.multiply(price));
        if (sellFeeBps != 0) {
            proceeds = proceeds.subtract(floor9(proceeds.multiply(BigDecimal.valueOf(sellFeeBps))
                    .divide(BPS, SCALE + 4, RoundingMode.DOWN)));
        }
        cash = cash.add(proceeds);
        realizedPnl = realizedPnl.add(proceeds).subtract(removedAmount);
        tradedThisGame = true;
        markPrice = price;
        return new Sold(toSell, proceeds);
    }

    /** Places a sidebet; the caller has checked cash and that none is open. */
    public void placeSidebet(Sidebet bet) {
        cash = cash.subtract(bet.stake());
        sidebet = bet;
        tradedThisGame = true;
        raiseTotalInvested();
    }

    /** Settles the open sidebet: a win pays 5× the stake (profit 4×), a loss keeps the stake. Returns the payout. */
    public BigDecimal settleSidebet(boolean won) {
        BigDecimal stake = sidebet.stake();
        sidebet = null;
        if (won) {
            BigDecimal payout = stake.multiply(SIDEBET_MULTIPLIER);
            cash = cash.add(payout);
            sidebetPnl = sidebetPnl.add(payout.subtract(stake));
            return payout;
        }
        sidebetPnl = sidebetPnl.subtract(stake);
        return BigDecimal.ZERO;
    }

    /** New price seen (for unrealised P&amp;L). */
    public void mark(BigDecimal price) {
        markPrice = price;
    }

    /** Clears the per-game figures at the start of the next game (the position is already flat then). */
    public void startGame() {
        realizedPnl = BigDecimal.ZERO;
        sidebetPnl = BigDecimal.ZERO;
        totalInvested = BigDecimal.ZERO;
        tradedThisGame = false;
        markPrice = BigDecimal.ONE;
    }

    private void raiseTotalInvested() {
        BigDecimal atRisk = openSidebetStake().add(amountHeld());
        totalInvested = totalInvested.max(atRisk);
    }

    public BigDecimal cash() {
        return cash;
    }

    public BigDecimal positionQty() {
        BigDecimal qty = BigDecimal.ZERO;
        for (Lot lot : lots) {
            qty = qty.add(lot.qty());
        }
        return qty;
    }

    public boolean hasPosition() {
        return positionQty().signum() > 0;
    }

    public BigDecimal costBasis() {
        BigDecimal cost = BigDecimal.ZERO;
        for (Lot lot : lots) {
            cost = cost.add(lot.cost());
        }
        return cost;
    }

    /** Cost basis ÷ quantity, truncated to 9 dp like every figure the server reports; 0 when flat. */
    public BigDecimal avgCost() {
        BigDecimal qty = positionQty();
        return qty.signum() == 0 ? BigDecimal.ZERO : costBasis().divide(qty, SCALE, RoundingMode.DOWN);
    }

    /** SOL paid for the tokens still held (the position "at cost" of a risk limit). */
    public BigDecimal amountHeld() {
        BigDecimal amount = BigDecimal.ZERO;
        for (Lot lot : lots) {
            amount = amount.add(lot.amount());
        }
        return amount;
    }

    /** High-water mark of SOL at risk this game (protocol.md §4.6). */
    public BigDecimal totalInvested() {
        return totalInvested;
    }

    /**
     * Long-position P&amp;L this game: realised plus the open position marked at the last price, both against the
     * SOL paid (protocol.md §2.3: 0.000888953 after the DT-Q2 buy; against the cost basis it would be 0.000888954).
     */
    public BigDecimal regularPnl() {
        return realizedPnl.add(floor9(positionQty().multiply(markPrice))).subtract(amountHeld());
    }

    /** Realised long P&amp;L this game: proceeds of sells minus the SOL paid for the tokens sold. */
    public BigDecimal realizedPnl() {
        return realizedPnl;
    }

    /** Realised sidebet P&amp;L this game (settled bets only). */
    public BigDecimal sidebetPnl() {
        return sidebetPnl;
    }

    /** Realised P&amp;L this game, long and sidebets: what a loss limit counts. */
    public BigDecimal realizedGamePnl() {
        return realizedPnl.add(sidebetPnl);
    }

    /** This game's P&amp;L ({@code cumulativePnL} of playerUpdate, {@code pnl} of the leaderboard). */
    public BigDecimal pnl() {
        return regularPnl().add(sidebetPnl);
    }

    public BigDecimal pnlPercent() {
        return totalInvested.signum() == 0 ? BigDecimal.ZERO
                : pnl().multiply(HUNDRED).divide(totalInvested, 12, RoundingMode.HALF_UP);
    }

    /** The open sidebet, or null. */
    public Sidebet sidebet() {
        return sidebet;
    }

    public BigDecimal openSidebetStake() {
        return sidebet == null ? BigDecimal.ZERO : sidebet.stake();
    }

    public boolean hasOpenSidebet() {
        return sidebet != null;
    }

    public boolean tradedThisGame() {
        return tradedThisGame;
    }

    /** Holding a position or an open sidebet this game. */
    public boolean isInGame() {
        return hasPosition() || sidebet != null;
    }
}
