package io.rugdesk.verify;

import io.rugdesk.game.AccountFigures;
import java.math.BigDecimal;
import java.util.function.Function;

/** The account figures the verifier compares, each with its {@code playerUpdate} name. */
public enum StateField {
    CASH("cash", AccountFigures::cash),
    POSITION_QTY("positionQty", AccountFigures::positionQty),
    /** Compared only while either side holds a position. */
    AVG_COST("avgCost", AccountFigures::avgCost),
    TOTAL_INVESTED("totalInvested", AccountFigures::totalInvested),
    CUMULATIVE_PNL("cumulativePnL", AccountFigures::cumulativePnL);

    private final String wireName;
    private final Function<AccountFigures, BigDecimal> value;

    StateField(String wireName, Function<AccountFigures, BigDecimal> value) {
        this.wireName = wireName;
        this.value = value;
    }

    public String wireName() {
        return wireName;
    }

    BigDecimal of(AccountFigures figures) {
        return value.apply(figures);
    }
}
