package io.rugdesk.strategy;

import io.rugdesk.exchange.Account;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a strategy sees on one tick: the game, the phase, the tick number, its price, the prices seen so far this
 * game (oldest first, the current one last; a game joined mid-game starts at its first observed tick; late ticks
 * are never shown) and the account as the exchange reports it. Immutable; the figures that depend on the price are
 * computed on first use, so a strategy that does not read them costs nothing.
 */
public final class TickView {

    private final String gameId;
    private final Phase phase;
    private final int tick;
    private final List<BigDecimal> pricesSoFar;
    private final AccountView account;
    private BigDecimal gamePnl;

    /** {@code pricesSoFar}: an unmodifiable list whose last element is this tick's price. */
    public TickView(String gameId, Phase phase, int tick, List<BigDecimal> pricesSoFar, AccountView account) {
        this.gameId = Objects.requireNonNull(gameId, "gameId");
        this.phase = Objects.requireNonNull(phase, "phase");
        this.tick = tick;
        if (pricesSoFar.isEmpty()) {
            throw new IllegalArgumentException("pricesSoFar must hold at least this tick's price");
        }
        this.pricesSoFar = pricesSoFar;
        this.account = Objects.requireNonNull(account, "account");
    }

    public String gameId() {
        return gameId;
    }

    public Phase phase() {
        return phase;
    }

    public int tick() {
        return tick;
    }

    /** This tick's price (the exact decimal the server sends). */
    public BigDecimal price() {
        return pricesSoFar.get(pricesSoFar.size() - 1);
    }

    /** The prices seen so far this game, oldest first, this tick's last. */
    public List<BigDecimal> prices() {
        return pricesSoFar;
    }

    public AccountView account() {
        return account;
    }

    /** This game's P&amp;L as the exchange reports it: realised plus the position valued at this tick's price. */
    public BigDecimal gamePnl() {
        if (gamePnl == null) {
            gamePnl = account.realizedGamePnl()
                    .add(Account.floor9(account.positionQty().multiply(price())))
                    .subtract(account.amountHeld());
        }
        return gamePnl;
    }

    /** The session's P&amp;L: finished games plus {@link #gamePnl()}. */
    public BigDecimal sessionPnl() {
        return account.sessionPnlBeforeGame().add(gamePnl());
    }
}
