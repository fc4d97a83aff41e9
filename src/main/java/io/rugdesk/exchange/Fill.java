package io.rugdesk.exchange;

import java.math.BigDecimal;

/**
 * An executed trade: {@code qty} tokens for {@code amount} SOL at {@code price} on {@code tick} of {@code gameId}.
 * A buy's amount is what was paid; a sell's is the proceeds ({@code floor9(qty × price)}, less the drift fee if
 * one is set). A {@link Kind#RUG_LIQUIDATION} is the forced sale of the whole position at the rug price.
 */
public record Fill(Kind kind, String gameId, int tick, BigDecimal price, BigDecimal qty, BigDecimal amount)
        implements OrderOutcome {

    /** The side of a fill. */
    public enum Kind { BUY, SELL, RUG_LIQUIDATION }

    public boolean isBuy() {
        return kind == Kind.BUY;
    }
}
