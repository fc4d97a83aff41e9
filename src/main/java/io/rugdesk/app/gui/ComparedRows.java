package io.rugdesk.app.gui;

import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.verify.FieldComparison;
import io.rugdesk.verify.StateField;
import io.rugdesk.verify.StateVerified;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which rows of the account table show exactly the two values the verifier compared last, and for the others why
 * not. The table shows live values (P&amp;L marked at the current price, orders in flight applied), the verifier
 * compares each server update with the local state it matched; where the two differ, a difference in the table is
 * not one the drift indicator speaks for, and the window greys it with this reason (issue 14: "in sync" beside a
 * table full of differences). Thread: the domain thread only.
 */
final class ComparedRows {

    private final Map<AccountField, FieldComparison> compared = new EnumMap<>(AccountField.class);
    private String verdict;
    private boolean any;

    void verified(StateVerified verification) {
        compared.clear();
        for (FieldComparison field : verification.fields()) {
            compared.put(row(field.field()), field);
        }
        verdict = switch (verification.status()) {
            case IN_SYNC -> "in sync";
            case WITHIN_TOLERANCE -> "within tolerance";
            case DRIFT -> "drift";
            case UNVERIFIED -> "unverified";
        };
        any = true;
    }

    /** Another player's session or a reconnect: nothing compared for the account now shown. */
    void forget() {
        compared.clear();
        any = false;
    }

    /** Null when the row shows what was compared; else the reason, for the difference's tooltip. */
    String whyNot(AccountField field, BigDecimal local, BigDecimal server) {
        if (!any) {
            return "no server account update has been checked yet";
        }
        FieldComparison comparison = compared.get(field);
        if (comparison == null) {
            return field == AccountField.AVG_COST ? "the average cost is compared only while a position is held"
                    : "the last check did not include this row";
        }
        if (local != null && server != null && local.compareTo(comparison.local()) == 0
                && server.compareTo(comparison.server()) == 0) {
            return null;
        }
        return "these are live values (" + (field == AccountField.GAME_PNL ? "marked at the current price"
                : "orders in flight applied") + "); at the last server update the verifier compared local "
                + comparison.local().toPlainString() + " with server " + comparison.server().toPlainString() + ": "
                + verdict;
    }

    /** The table row of a verified field; the server's per-game {@code cumulativePnL} is the P&amp;L row. */
    static AccountField row(StateField field) {
        return switch (field) {
            case CASH -> AccountField.CASH;
            case POSITION_QTY -> AccountField.POSITION_QTY;
            case AVG_COST -> AccountField.AVG_COST;
            case TOTAL_INVESTED -> AccountField.TOTAL_INVESTED;
            case CUMULATIVE_PNL -> AccountField.GAME_PNL;
        };
    }
}
