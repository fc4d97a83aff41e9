package io.rugdesk.ui;

import io.rugdesk.ui.UiSnapshot.Account;
import io.rugdesk.ui.UiSnapshot.AccountValues;
import io.rugdesk.ui.UiSnapshot.Connection;
import io.rugdesk.ui.UiSnapshot.Drift;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.FieldDrift;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Health;
import io.rugdesk.ui.UiSnapshot.Latency;
import io.rugdesk.ui.UiSnapshot.LogEntry;
import io.rugdesk.ui.UiSnapshot.Notice;
import io.rugdesk.ui.UiSnapshot.Permission;
import io.rugdesk.ui.UiSnapshot.Permissions;
import io.rugdesk.ui.UiSnapshot.Player;
import io.rugdesk.ui.UiSnapshot.PricePoint;
import io.rugdesk.ui.UiSnapshot.Recording;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made snapshots for the window tests: an ACTIVE game with a logged-in player, then variations. */
final class TestSnapshots {

    static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private TestSnapshots() {
    }

    static UiSnapshot active() {
        List<PricePoint> prices = new ArrayList<>();
        for (int tick = 1; tick <= 30; tick++) {
            prices.add(new PricePoint(tick, BigDecimal.ONE.add(new BigDecimal(tick).movePointLeft(2))));
        }
        AccountValues values = new AccountValues(new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
        return new UiSnapshot(
                new Connection(Health.HEALTHY, "live", "embedded simulator", true, 12.5),
                new Game("20261125-test0001", GamePhase.ACTIVE, 30, new BigDecimal("1.3"), 0, 42, prices, List.of(),
                        null, null),
                new Player(true, "alice", "did:privy:alice"),
                Account.of(values, values),
                new Drift(DriftState.IN_SYNC, 0, List.of(), List.of()),
                Latency.none(),
                new Recording(false, null, false, "/tmp/recordings"),
                new Permissions(Permission.allowed(), Permission.allowed(), Permission.allowed()),
                List.of(),
                List.of());
    }

    static UiSnapshot withRecording(UiSnapshot s, Recording recording) {
        return new UiSnapshot(s.connection(), s.game(), s.player(), s.account(), s.drift(), s.latency(), recording,
                s.permissions(), s.events(), s.notices());
    }

    static UiSnapshot withDrift(UiSnapshot s, Drift drift) {
        return new UiSnapshot(s.connection(), s.game(), s.player(), s.account(), drift, s.latency(), s.recording(),
                s.permissions(), s.events(), s.notices());
    }

    static UiSnapshot withAccount(UiSnapshot s, Account account) {
        return new UiSnapshot(s.connection(), s.game(), s.player(), account, s.drift(), s.latency(), s.recording(),
                s.permissions(), s.events(), s.notices());
    }

    static UiSnapshot withGameAndPermissions(UiSnapshot s, Game game, Permissions permissions) {
        return new UiSnapshot(s.connection(), game, s.player(), s.account(), s.drift(), s.latency(), s.recording(),
                permissions, s.events(), s.notices());
    }

    static UiSnapshot withBoard(UiSnapshot s, GameBoard board) {
        return new UiSnapshot(s.connection(), s.game(), s.player(), s.account(), s.drift(), s.latency(),
                s.recording(), s.permissions(), s.events(), s.notices(), board);
    }

    static UiSnapshot withGame(UiSnapshot s, Game game) {
        return new UiSnapshot(s.connection(), game, s.player(), s.account(), s.drift(), s.latency(), s.recording(),
                s.permissions(), s.events(), s.notices(), s.board());
    }

    static UiSnapshot withLatency(UiSnapshot s, Latency latency) {
        return new UiSnapshot(s.connection(), s.game(), s.player(), s.account(), s.drift(), latency, s.recording(),
                s.permissions(), s.events(), s.notices(), s.board());
    }

    static UiSnapshot withPlayer(UiSnapshot s, Player player) {
        return new UiSnapshot(s.connection(), s.game(), player, s.account(), s.drift(), s.latency(), s.recording(),
                s.permissions(), s.events(), s.notices());
    }

    static UiSnapshot withConnection(UiSnapshot s, Connection connection) {
        return new UiSnapshot(connection, s.game(), s.player(), s.account(), s.drift(), s.latency(), s.recording(),
                s.permissions(), s.events(), s.notices());
    }

    static UiSnapshot withLog(UiSnapshot s, List<LogEntry> events, List<Notice> notices) {
        return new UiSnapshot(s.connection(), s.game(), s.player(), s.account(), s.drift(), s.latency(),
                s.recording(), s.permissions(), events, notices);
    }

    static Drift positionDrift(String local, String server) {
        BigDecimal l = new BigDecimal(local);
        BigDecimal r = new BigDecimal(server);
        FieldDrift field = new FieldDrift("positionQty", l, r, r.subtract(l));
        return new Drift(DriftState.DRIFT, 1, List.of(field),
                List.of(new UiSnapshot.DriftEntry(T0, DriftState.DRIFT, List.of(field))));
    }
}
