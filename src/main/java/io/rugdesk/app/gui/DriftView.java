package io.rugdesk.app.gui;

import io.rugdesk.ui.AppendOnlyList;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.Drift;
import io.rugdesk.ui.UiSnapshot.DriftEntry;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.FieldDrift;
import io.rugdesk.trading.ConfirmedOrderNotApplied;
import io.rugdesk.verify.FieldComparison;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateField;
import io.rugdesk.verify.StateVerified;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The drift indicator's state from the verifier's verdicts: the current state and fields, the running drift count
 * and a bounded history (every verdict that was not in sync, and each return to sync). A drift is announced once
 * per new set of drifting fields, not at every server update while it lasts. Thread: the domain thread only.
 */
final class DriftView {

    private final AppendOnlyList<DriftEntry> history = new AppendOnlyList<>(UiSnapshot.MAX_DRIFT_HISTORY);
    private DriftState state = DriftState.UNVERIFIED;
    private int count;
    private List<FieldDrift> fields = List.of();
    private List<String> announced = List.of();
    private Drift copy = Drift.unverified();

    void verified(StateVerified verdict, Instant time) {
        DriftState previous = state;
        state = DriftState.valueOf(verdict.status().name());
        count = (int) Math.min(Integer.MAX_VALUE, verdict.drifts());
        fields = verdict.fields().stream()
                .filter(f -> state == DriftState.DRIFT ? !f.withinTolerance() : !f.equal())
                .map(DriftView::fieldDrift)
                .toList();
        if (state != DriftState.DRIFT) {
            announced = List.of();
        }
        if ((state != DriftState.IN_SYNC && state != DriftState.UNVERIFIED) || previous != state) {
            history.add(new DriftEntry(time, state, fields));
        }
        copy = null;
    }

    /**
     * An order the server executed that the local account could not take: a drift without a field of its own (the
     * fields show at the next server state). Returns the text to announce.
     */
    String orderNotApplied(ConfirmedOrderNotApplied notApplied, Instant time) {
        state = DriftState.DRIFT;
        count = count == Integer.MAX_VALUE ? count : count + 1;
        history.add(new DriftEntry(time, state, fields));
        copy = null;
        return "Drift: " + notApplied.kind().name().toLowerCase(Locale.ROOT) + " order "
                + notApplied.orderId() + " was executed by the server at tick " + notApplied.tick()
                + " but the local account cannot take it: " + notApplied.reason();
    }

    /** The text to announce when this drift names other fields than the one already announced. */
    Optional<String> newDrift(StateDriftDetected drift) {
        List<String> names = drift.drifted().stream().map(f -> key(f.field())).sorted().toList();
        if (names.equals(announced)) {
            return Optional.empty();
        }
        announced = names;
        return Optional.of("Drift: " + drift.drifted().stream()
                .map(f -> key(f.field()) + " local " + f.local().toPlainString() + ", server "
                        + f.server().toPlainString())
                .collect(Collectors.joining("; ")));
    }

    Drift snapshot() {
        if (copy == null) {
            copy = new Drift(state, count, fields, history.snapshot());
        }
        return copy;
    }

    private static FieldDrift fieldDrift(FieldComparison comparison) {
        return new FieldDrift(key(comparison.field()), comparison.local(), comparison.server(),
                comparison.difference());
    }

    /**
     * The account table's key for a verified field: the server's per-game {@code cumulativePnL} is the table's
     * P&amp;L row, so a drift there paints that row.
     */
    static String key(StateField field) {
        return field == StateField.CUMULATIVE_PNL ? UiSnapshot.AccountField.GAME_PNL.key() : field.wireName();
    }
}
