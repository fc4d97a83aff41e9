package io.rugdesk.game;

import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.SideBetInfo;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The account figures the server reports in {@code playerUpdate} and the local model can compute at a price:
 * the common ground of the verifier's comparison. {@code sidebet} is null when none is open.
 */
public record AccountFigures(BigDecimal cash, BigDecimal positionQty, BigDecimal avgCost, BigDecimal cumulativePnL,
                             BigDecimal totalInvested, BigDecimal sidebetPnl, OpenSidebet sidebet) {

    public AccountFigures {
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(positionQty, "positionQty");
        Objects.requireNonNull(avgCost, "avgCost");
        Objects.requireNonNull(cumulativePnL, "cumulativePnL");
        Objects.requireNonNull(totalInvested, "totalInvested");
        Objects.requireNonNull(sidebetPnl, "sidebetPnl");
    }

    /** The figures of a {@code playerUpdate}; missing numbers count as zero. */
    public static AccountFigures of(PlayerUpdate update) {
        SideBetInfo info = update.sideBet();
        OpenSidebet sidebet = info == null || info.betAmount() == null ? null
                : new OpenSidebet(info.startedAtTick(), info.end(), info.betAmount(),
                        info.xPayout() == null || info.xPayout().signum() == 0 ? OpenSidebet.X_PAYOUT
                                : info.xPayout());
        return new AccountFigures(orZero(update.cash()), orZero(update.positionQty()), orZero(update.avgCost()),
                orZero(update.cumulativePnL()), orZero(update.totalInvested()), orZero(update.sidebetPnl()), sidebet);
    }

    /** The local model's figures, its P&amp;L marked at {@code price}. */
    public static AccountFigures of(PlayerAccount state, BigDecimal price) {
        return new AccountFigures(state.cash(), state.positionQty(), state.avgCost(), state.gamePnl(price),
                state.totalInvested(), state.sidebetPnl(), state.sidebet());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? Money.ZERO : value;
    }
}
