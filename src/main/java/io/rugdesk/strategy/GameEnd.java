package io.rugdesk.strategy;

import java.math.BigDecimal;

/**
 * A game ended: it rugged at {@code rugTick} and {@code rugPrice}, after the exchange settled it (position
 * liquidated, sidebet paid or lost). {@code pnl} is the change of the balance over the game.
 */
public record GameEnd(String gameId, int rugTick, BigDecimal rugPrice, BigDecimal pnl, AccountView account) {
}
