package io.rugdesk.strategy;

import java.math.BigDecimal;

/**
 * A strategy's account as the exchange reports it, at the start of a tick: {@code cash}; {@code positionQty}
 * tokens with {@code avgCost} SOL per token and {@code amountHeld} SOL paid for them; the open sidebet's stake and
 * its last winning tick ({@code sidebetEndTick}, -1 when none is open); the P&amp;L realised this game (sells and
 * settled sidebets) and in the finished games of the session. P&amp;L figures that include the open position at
 * the tick's price are on {@link TickView}.
 */
public record AccountView(BigDecimal cash, BigDecimal positionQty, BigDecimal avgCost, BigDecimal amountHeld,
                          BigDecimal sidebetStake, int sidebetEndTick, BigDecimal realizedGamePnl,
                          BigDecimal sessionPnlBeforeGame) {

    public boolean hasPosition() {
        return positionQty.signum() > 0;
    }

    public boolean hasOpenSidebet() {
        return sidebetEndTick >= 0;
    }

    /** Realised P&amp;L of the session so far: finished games plus what this game has realised. */
    public BigDecimal realizedSessionPnl() {
        return sessionPnlBeforeGame.add(realizedGamePnl);
    }
}
