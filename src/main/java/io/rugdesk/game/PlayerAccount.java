package io.rugdesk.game;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable value of the local account in the current game (protocol.md §4.5–§4.7), changed only by pure
 * functions that return a new state. Thread: none (a value); the domain thread holds the current one.
 *
 * <ul>
 *   <li>{@code lots}: FIFO, oldest first; sells consume the oldest lots first, so {@link #avgCost()} may change
 *       on a partial sell when lots were bought at different prices.</li>
 *   <li>{@code totalInvested}: high-water mark of (SOL paid for the open lots + open sidebet stake); never
 *       decreases on a sell.</li>
 *   <li>{@code realisedPnl}: this game's realised result of the long position; {@code sidebetPnl}: settled
 *       sidebets (−stake on a loss, +4×stake on a win).</li>
 * </ul>
 * Rounding: every SOL and token figure is truncated to 9 decimals like the server's; {@code avgCost} is
 * cost basis ÷ qty truncated to 9 decimals (the one real sample cannot tell DOWN from HALF_UP).
 */
public record PlayerAccount(BigDecimal cash, List<Lot> lots, BigDecimal totalInvested, BigDecimal realisedPnl,
                            BigDecimal sidebetPnl, OpenSidebet sidebet) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PlayerAccount {
        Objects.requireNonNull(cash, "cash");
        lots = List.copyOf(lots);
        Objects.requireNonNull(totalInvested, "totalInvested");
        Objects.requireNonNull(realisedPnl, "realisedPnl");
        Objects.requireNonNull(sidebetPnl, "sidebetPnl");
    }

    /** A fresh account holding {@code cash} and nothing else. */
    public static PlayerAccount withCash(BigDecimal cash) {
        return new PlayerAccount(cash, List.of(), Money.ZERO, Money.ZERO, Money.ZERO, null);
    }

    /** Tokens held. */
    public BigDecimal positionQty() {
        return lots.stream().map(Lot::qty).reduce(Money.ZERO, BigDecimal::add);
    }

    /** Sum of the open lots' cost bases (what avgCost divides). */
    public BigDecimal costBasis() {
        return lots.stream().map(Lot::costBasis).reduce(Money.ZERO, BigDecimal::add);
    }

    /** SOL paid for the open lots. */
    public BigDecimal investedAmount() {
        return lots.stream().map(Lot::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** Cost basis ÷ quantity, truncated to 9 decimals; 0 when flat. */
    public BigDecimal avgCost() {
        BigDecimal qty = positionQty();
        return qty.signum() == 0 ? Money.ZERO : costBasis().divide(qty, Money.SCALE, RoundingMode.DOWN);
    }

    public boolean hasPosition() {
        return !lots.isEmpty();
    }

    public boolean hasOpenSidebet() {
        return sidebet != null;
    }

    /** Unrealised result of the open position at {@code price}: floor9(qty × price) − SOL paid for it. */
    public BigDecimal unrealisedPnl(BigDecimal price) {
        return Money.value(positionQty(), price).subtract(investedAmount());
    }

    /** This game's P&amp;L at {@code price}, as the server's {@code cumulativePnL}: realised + unrealised + sidebets. */
    public BigDecimal gamePnl(BigDecimal price) {
        return realisedPnl.add(unrealisedPnl(price)).add(sidebetPnl);
    }

    /** Buys for {@code amount} SOL at {@code price}; the caller has checked the amount (see TradingController). */
    public PlayerAccount buy(BigDecimal amount, BigDecimal price) {
        requirePositive(amount, "buy amount");
        if (amount.compareTo(cash) > 0) {
            throw new IllegalArgumentException("buy of " + amount + " exceeds cash " + cash);
        }
        Lot lot = Lot.bought(amount, price);
        List<Lot> newLots = new ArrayList<>(lots);
        newLots.add(lot);
        BigDecimal newInvested = investedAmount().add(amount);
        return new PlayerAccount(cash.subtract(amount), newLots, highWater(newInvested, sidebet), realisedPnl,
                sidebetPnl, sidebet);
    }

    /** Tokens a sale of {@code percentage} % sells: floor9(positionQty × percentage / 100). */
    public BigDecimal quantityToSell(int percentage) {
        return Money.floor9(positionQty().multiply(BigDecimal.valueOf(percentage)).divide(HUNDRED));
    }

    /** Sells {@code percentage} (1–100) % of the position at {@code price}, consuming the oldest lots first. */
    public PlayerAccount sell(int percentage, BigDecimal price) {
        if (percentage < 1 || percentage > 100) {
            throw new IllegalArgumentException("sell percentage must be 1..100: " + percentage);
        }
        BigDecimal sold = quantityToSell(percentage);
        if (sold.signum() == 0) {
            throw new IllegalArgumentException("nothing to sell: " + percentage + " % of " + positionQty());
        }
        return sellQuantity(sold, price);
    }

    private PlayerAccount sellQuantity(BigDecimal sold, BigDecimal price) {
        BigDecimal proceeds = Money.value(sold, price);
        BigDecimal left = sold;
        BigDecimal amountReleased = Money.ZERO;
        List<Lot> remaining = new ArrayList<>();
        for (Lot lot : lots) {
            if (left.signum() == 0) {
                remaining.add(lot);
            } else if (lot.qty().compareTo(left) <= 0) {
                amountReleased = amountReleased.add(lot.amount());
                left = left.subtract(lot.qty());
            } else {
                Lot rest = lot.remainderAfter(left);
                amountReleased = amountReleased.add(lot.amount().subtract(rest.amount()));
                remaining.add(rest);
                left = Money.ZERO;
            }
        }
        return new PlayerAccount(cash.add(proceeds), remaining, totalInvested,
                realisedPnl.add(proceeds).subtract(amountReleased), sidebetPnl, sidebet);
    }

    /** Places the one sidebet at {@code tick}: 40-tick window, 5× payout; the stake leaves cash now. */
    public PlayerAccount placeSidebet(BigDecimal amount, int tick) {
        requirePositive(amount, "sidebet amount");
        if (sidebet != null) {
            throw new IllegalStateException("a sidebet is already open: " + sidebet);
        }
        if (amount.compareTo(cash) > 0) {
            throw new IllegalArgumentException("sidebet of " + amount + " exceeds cash " + cash);
        }
        OpenSidebet placed = OpenSidebet.placedAt(tick, amount);
        return new PlayerAccount(cash.subtract(amount), lots, highWater(investedAmount(), placed), realisedPnl,
                sidebetPnl, placed);
    }

    /** The rug: the whole position is sold at {@code rugPrice}, then an open sidebet settles at {@code rugTick}. */
    public PlayerAccount liquidateAtRug(BigDecimal rugPrice, int rugTick) {
        return liquidatePosition(rugPrice).settleSidebetAtRug(rugTick);
    }

    /** The whole position sold at {@code price} (the rug's forced sale), an open sidebet left as it is. */
    public PlayerAccount liquidatePosition(BigDecimal price) {
        return hasPosition() ? sellQuantity(positionQty(), price) : this;
    }

    /** Settles an open sidebet at the rug: wins (5× back) iff {@code rugTick} ≤ its end, else lost. */
    public PlayerAccount settleSidebetAtRug(int rugTick) {
        if (sidebet == null) {
            return this;
        }
        if (sidebet.winsAt(rugTick)) {
            BigDecimal payout = sidebet.payout();
            return new PlayerAccount(cash.add(payout), lots, totalInvested, realisedPnl,
                    sidebetPnl.add(payout).subtract(sidebet.amount()), null);
        }
        return lost();
    }

    /**
     * A running (not rugged) tick at or past the end of the open sidebet's window loses it (the stake is gone): the
     * rug can no longer fall inside the window, and the server takes the next bet on that very tick (protocol.md
     * §4.7). Otherwise nothing changes. Never call it with the rug's tick: a rug at the end tick wins.
     */
    public PlayerAccount expireSidebet(int tick) {
        return sidebet != null && tick >= sidebet.endTick() ? lost() : this;
    }

    private PlayerAccount lost() {
        return new PlayerAccount(cash, lots, totalInvested, realisedPnl, sidebetPnl.subtract(sidebet.amount()), null);
    }

    /** Same state with {@code amount} SOL more cash (a settlement paid after the per-game figures restarted). */
    public PlayerAccount credited(BigDecimal amount) {
        return new PlayerAccount(cash.add(amount), lots, totalInvested, realisedPnl, sidebetPnl, sidebet);
    }

    /** A new game: cash stays, everything per game starts over. */
    public PlayerAccount newGame() {
        return withCash(cash);
    }

    /**
     * The server's account adopted as local truth: one lot of its positionQty at its avgCost, its totalInvested,
     * and a realised P&amp;L chosen so that {@link #gamePnl} at {@code price} equals its cumulativePnL
     * ({@code price} null: at avgCost).
     */
    public static PlayerAccount fromServer(AccountFigures server, BigDecimal price) {
        List<Lot> lots = server.positionQty().signum() > 0
                ? List.of(Lot.adopted(server.positionQty(), server.avgCost())) : List.of();
        PlayerAccount shell = new PlayerAccount(server.cash(), lots, server.totalInvested(), Money.ZERO,
                server.sidebetPnl(), server.sidebet());
        BigDecimal markPrice = price != null ? price : shell.avgCost();
        BigDecimal realised = server.cumulativePnL().subtract(server.sidebetPnl())
                .subtract(shell.unrealisedPnl(markPrice));
        return new PlayerAccount(shell.cash(), lots, shell.totalInvested(), realised, server.sidebetPnl(),
                server.sidebet());
    }

    /** Same state with the open sidebet's window replaced by the server's (it knows the tick it executed at). */
    public PlayerAccount withSidebetWindow(int startTick, int endTick) {
        if (sidebet == null) {
            return this;
        }
        return new PlayerAccount(cash, lots, totalInvested, realisedPnl, sidebetPnl,
                new OpenSidebet(startTick, endTick, sidebet.amount(), sidebet.xPayout()));
    }

    private BigDecimal highWater(BigDecimal invested, OpenSidebet openSidebet) {
        BigDecimal atRisk = openSidebet == null ? invested : invested.add(openSidebet.amount());
        return atRisk.max(totalInvested);
    }

    private static void requirePositive(BigDecimal amount, String what) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + amount);
        }
    }
}
