package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rugdesk.ui.UiSnapshot.Account;
import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.ui.UiSnapshot.AccountValues;
import io.rugdesk.ui.UiSnapshot.LogEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UiSnapshotTest {

    @Test
    void accountDifferenceIsServerMinusLocalAndUnknownWhenTheServerIsSilent() {
        AccountValues local = new AccountValues(new BigDecimal("10"), new BigDecimal("1.5"), null,
                BigDecimal.ZERO, BigDecimal.ONE);
        AccountValues server = new AccountValues(new BigDecimal("10.000"), new BigDecimal("1.6"), BigDecimal.ONE,
                null, BigDecimal.ONE);
        Account account = Account.of(local, server);
        assertThat(account.line(AccountField.CASH).difference()).isEqualByComparingTo("0");
        assertThat(account.line(AccountField.POSITION_QTY).difference()).isEqualByComparingTo("0.1");
        assertThat(account.line(AccountField.AVG_COST).difference()).isNull();
        assertThat(account.line(AccountField.GAME_PNL).difference()).isNull();
        assertThat(account.lines()).extracting(UiSnapshot.AccountLine::field).containsExactly(AccountField.values());
    }

    @Test
    void listsAreCopiedAndCappedKeepingTheNewest() {
        List<LogEntry> many = new ArrayList<>();
        for (int i = 0; i < UiSnapshot.MAX_EVENTS + 7; i++) {
            many.add(new LogEntry(TestSnapshots.T0, "t", "event " + i));
        }
        UiSnapshot base = TestSnapshots.active();
        UiSnapshot snapshot = TestSnapshots.withLog(base, many, null);
        many.clear();
        assertThat(snapshot.events()).hasSize(UiSnapshot.MAX_EVENTS);
        assertThat(snapshot.events().get(0).text()).isEqualTo("event 7");
        assertThat(snapshot.notices()).isEmpty();
        assertThatThrownBy(() -> snapshot.events().add(many.isEmpty() ? null : many.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theInitialSnapshotIsCompleteAndDeniesTrading() {
        UiSnapshot initial = UiSnapshot.initial();
        assertThat(initial.permissions().buy().enabled()).isFalse();
        assertThat(initial.permissions().buy().reason()).isEqualTo("not connected");
        assertThat(initial.player().loggedIn()).isFalse();
        assertThat(initial.account().line(AccountField.CASH).server()).isNull();
    }
}
