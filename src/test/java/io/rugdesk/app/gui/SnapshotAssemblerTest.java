package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.DomainLoadObserved;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.feed.Connected;
import io.rugdesk.feed.ConnectionHealth;
import io.rugdesk.feed.ConnectionHealthChanged;
import io.rugdesk.feed.Disconnected;
import io.rugdesk.game.AccountFigures;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.PlayerAccount;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.GameStateShape;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.recording.AutoRecordChanged;
import io.rugdesk.recording.Outcome;
import io.rugdesk.recording.RecordingFinished;
import io.rugdesk.recording.RecordingStarted;
import io.rugdesk.trading.ConfirmedOrderNotApplied;
import io.rugdesk.trading.LatencyLeg;
import io.rugdesk.trading.LatencyMeasured;
import io.rugdesk.trading.LatencySpikeDetected;
import io.rugdesk.trading.LatencyStats;
import io.rugdesk.trading.LocalAccountChanged;
import io.rugdesk.trading.OrderConfirmed;
import io.rugdesk.trading.OrderFailed;
import io.rugdesk.trading.OrderKind;
import io.rugdesk.trading.OrderPermission;
import io.rugdesk.trading.OrderRejected;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.PlayerIdentified;
import io.rugdesk.trading.RequestSell;
import io.rugdesk.trading.ServerStateUpdated;
import io.rugdesk.trading.TradingPermissionChanged;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Health;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import io.rugdesk.ui.UiSnapshot.Side;
import io.rugdesk.verify.FieldComparison;
import io.rugdesk.verify.StateDriftDetected;
import io.rugdesk.verify.StateField;
import io.rugdesk.verify.StateVerified;
import io.rugdesk.verify.VerificationStatus;
import io.rugdesk.protocol.LeaderboardEntry;
import io.rugdesk.protocol.GameHistoryEntry;
import io.rugdesk.protocol.GameCounts;
import io.rugdesk.protocol.NewTrade;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The snapshot the window gets, from hand-built events on a direct bus and a hand-turned clock. */
class SnapshotAssemblerTest {

    private static final String GAME = "20261125-aaaa";
    private static final String PLAYER = "did:privy:tester";

    private final List<EventBus.Failure> failures = new ArrayList<>();
    private final EventBus bus = EventBus.direct(failures::add);
    private final AtomicLong clock = new AtomicLong(1_764_000_000_000L);
    private final ManualTimer timer = new ManualTimer();
    private SnapshotAssembler assembler;
    private long seq;

    @BeforeEach
    void start() {
        assembler = new SnapshotAssembler(bus, clock::get,
                new SnapshotAssembler.SessionFacts("embedded simulator", true, "/tmp/rec", false), null).start(timer);
    }

    @AfterEach
    void noSubscriberFailed() {
        assembler.close();
        assertThat(failures).isEmpty();
        assertThat(bus.subscriptionCount()).as("close() leaves no subscription behind").isZero();
        assertThat(timer.pending()).as("close() stops the rebuilds").isZero();
    }

    @Test
    void theSchedulerRebuildsOnlyWhenSomethingChangedAndTicksAreNotCopiedPerTick() {
        long before = assembler.rebuilds();
        activeGameAt(BigDecimal.ONE);
        for (int tick = 1; tick <= 1000; tick++) {
            publish(new TickObserved(stamp(), GAME, tick, new BigDecimal("1.01"), Phase.ACTIVE));
        }
        assertThat(assembler.rebuilds()).as("events alone build nothing").isEqualTo(before);

        timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
        UiSnapshot first = assembler.latest();
        assertThat(assembler.rebuilds()).isEqualTo(before + 1);
        assertThat(first.game().prices()).hasSize(1001);
        assertThat(first.game().tick()).isEqualTo(1000);

        timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
        assertThat(assembler.latest()).as("nothing changed: same snapshot").isSameAs(first);

        publish(new AutoRecordChanged(stamp(), true));
        timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
        assertThat(assembler.latest().game().prices()).as("an unchanged series is not copied again")
                .isSameAs(first.game().prices());
    }

    @Test
    void noSnapshotIsBuiltUntilTheWindowTookThePreviousOne() {
        activeGameAt(BigDecimal.ONE);
        flush();   // built and taken
        long before = assembler.rebuilds();

        publish(new TickObserved(stamp(), GAME, 1, new BigDecimal("1.01"), Phase.ACTIVE));
        timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
        assertThat(assembler.rebuilds()).isEqualTo(before + 1);

        publish(new TickObserved(stamp(), GAME, 2, new BigDecimal("1.02"), Phase.ACTIVE));
        timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
        timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
        assertThat(assembler.rebuilds()).as("the window has not taken the last one yet: no rebuild")
                .isEqualTo(before + 1);

        assertThat(assembler.latest().game().tick()).as("the window takes what is there").isEqualTo(1);
        timer.advance(Duration.ofMillis(SnapshotAssembler.REBUILD_MS));
        assertThat(assembler.rebuilds()).isEqualTo(before + 2);
        assertThat(assembler.latest().game().prices()).as("nothing was lost while waiting")
                .extracting(UiSnapshot.PricePoint::tick).containsExactly(0, 1, 2);
    }

    @Test
    void theDomainThreadsLoadReachesTheConnection() {
        assertThat(flush().connection().domainLoad().measured()).isFalse();
        publish(new DomainLoadObserved(stamp(), 3, 40, 120_000));
        UiSnapshot.DomainLoad load = flush().connection().domainLoad();
        assertThat(load).isEqualTo(UiSnapshot.DomainLoad.of(120_000, 3, 40));
        assertThat(load.level()).isEqualTo(UiSnapshot.DomainLoad.Level.BUSY);
        assertThat(flush().events()).as("once a second: not in the event log").extracting(UiSnapshot.LogEntry::type)
                .doesNotContain("load");
    }

    @Test
    void theChartFollowsTheGameAndANewGameClearsIt() {
        activeGameAt(BigDecimal.ONE);
        publish(new TickObserved(stamp(), GAME, 1, new BigDecimal("1.2"), Phase.ACTIVE));
        publish(new GameEnded(stamp(), GAME, GameEnded.Reason.RUGGED, 1, new BigDecimal("0.002")));
        publish(new PhaseChanged(stamp(), GAME, Phase.ACTIVE, Phase.RUGGED));
        UiSnapshot.Game rugged = flush().game();
        assertThat(rugged.phase()).isEqualTo(GamePhase.RUGGED);
        assertThat(rugged.rug()).isEqualTo(new UiSnapshot.PricePoint(1, new BigDecimal("0.002")));
        assertThat(rugged.prices()).extracting(UiSnapshot.PricePoint::tick).containsExactly(0, 1);

        publish(new PhaseChanged(stamp(), "20261125-bbbb", Phase.RUGGED, Phase.COOLDOWN));
        publish(gameState("20261125-bbbb", false, 12_500, 41));
        UiSnapshot.Game next = flush().game();
        assertThat(next.gameId()).isEqualTo("20261125-bbbb");
        assertThat(next.prices()).isEmpty();
        assertThat(next.rug()).isNull();
        assertThat(next.cooldownMs()).isEqualTo(12_500);
        assertThat(next.connectedPlayers()).isEqualTo(41);
    }

    @Test
    void buttonsFollowTheTradingGateAndAReplayDisablesThemAll() {
        assertThat(flush().permissions()).as("before the gate's first verdict")
                .isEqualTo(UiSnapshot.Permissions.allDenied("Not connected yet"));

        publish(new TradingPermissionChanged(stamp(), new OrderPermission(true, "Trading allowed"),
                new OrderPermission(false, "No position to sell"),
                new OrderPermission(false, "A sidebet is already open (until tick 43)")));
        UiSnapshot.Permissions active = flush().permissions();
        assertThat(active.buy()).isEqualTo(UiSnapshot.Permission.allowed());
        assertThat(active.sell()).isEqualTo(UiSnapshot.Permission.denied("No position to sell"));
        assertThat(active.sidebet()).isEqualTo(UiSnapshot.Permission.denied("A sidebet is already open (until tick 43)"));

        assembler.replayChanged(new UiSnapshot.Replay(true, "game.jsonl", false, 1.0, 0, 10));
        assertThat(flush().permissions()).isEqualTo(
                UiSnapshot.Permissions.allDenied("Replaying a recording: close the replay to trade"));
        assembler.replayChanged(UiSnapshot.Replay.closed());
        assertThat(flush().permissions()).isEqualTo(active);

        OrderPermission disconnected = new OrderPermission(false, "Disconnected");
        publish(new TradingPermissionChanged(stamp(), disconnected, disconnected, disconnected));
        assertThat(flush().permissions()).isEqualTo(UiSnapshot.Permissions.allDenied("Disconnected"));
    }

    @Test
    void localAndServerColumnsSitSideBySide() {
        PlayerAccount local = PlayerAccount.withCash(BigDecimal.TEN).buy(BigDecimal.ONE, BigDecimal.ONE);
        publish(new LocalAccountChanged(stamp(), local, 0));
        publish(new ServerStateUpdated(stamp(), PLAYER, new AccountFigures(new BigDecimal("9"), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, null)));
        UiSnapshot.Account account = flush().account();
        assertThat(account.line(AccountField.POSITION_QTY).local()).isEqualByComparingTo("1");
        assertThat(account.line(AccountField.POSITION_QTY).server()).isEqualByComparingTo("1");
        assertThat(account.line(AccountField.CASH).difference()).isEqualByComparingTo("0");

        activeGameAt(BigDecimal.ONE);
        publish(new TickObserved(stamp(), GAME, 1, new BigDecimal("1.5"), Phase.ACTIVE));
        UiSnapshot.AccountLine pnl = flush().account().line(AccountField.GAME_PNL);
        assertThat(pnl.local()).as("local P&L at the live price").isEqualByComparingTo("0.5");
        assertThat(pnl.server()).as("the server's P&L re-marked to the live price").isEqualByComparingTo("0.5");
    }

    @Test
    void aRowCountsAsComparedOnlyWhileItShowsTheValuesTheVerifierCompared() {
        activeGameAt(BigDecimal.ONE);
        publish(new LocalAccountChanged(stamp(), PlayerAccount.withCash(BigDecimal.TEN).buy(BigDecimal.ONE,
                BigDecimal.ONE), 0));
        publish(new ServerStateUpdated(stamp(), PLAYER, new AccountFigures(new BigDecimal("9"), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, null)));
        assertThat(flush().account().lines()).as("nothing verified yet").noneMatch(UiSnapshot.AccountLine::compared);

        publish(new StateVerified(stamp(), VerificationStatus.IN_SYNC, List.of(same(StateField.CASH, "9"),
                same(StateField.POSITION_QTY, "1"), same(StateField.TOTAL_INVESTED, "1"),
                same(StateField.CUMULATIVE_PNL, "0")), List.of(), 1, 0));
        UiSnapshot.Account verified = flush().account();
        assertThat(verified.line(AccountField.CASH).compared()).isTrue();
        assertThat(verified.line(AccountField.GAME_PNL).compared()).isTrue();
        assertThat(verified.line(AccountField.AVG_COST).compared()).as("not in that check").isFalse();

        publish(new TickObserved(stamp(), GAME, 1, new BigDecimal("1.5"), Phase.ACTIVE));
        UiSnapshot.AccountLine pnl = flush().account().line(AccountField.GAME_PNL);
        assertThat(pnl.compared()).as("P&L marked at a later price than the check's").isFalse();
        assertThat(pnl.note()).contains("live values").contains("compared local 0 with server 0: in sync");
    }

    @Test
    void theBoardRanksTheLeaderboardMarksTheOwnRowAndKeepsOthersTradesOfTheGame() {
        publish(new PlayerIdentified(stamp(), PLAYER, "me"));
        LeaderboardEntry second = leader(PLAYER, "me", 2, "-0.01");
        LeaderboardEntry first = leader("did:privy:cmb0dxecy00nckz0nnrs6y7kf", null, 1, "0.003214806");
        publish(new GameStateUpdate(stamp(), GameStateShape.OTHER, GAME, true, false, BigDecimal.ONE, 5, 0, false,
                false, 200, 10, List.of(second, first), null, List.of(), List.of(new GameHistoryEntry("old", 1L,
                List.of(BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("0.01")), new BigDecimal("1.5"), true,
                null, null, "v3")), null, "v3", new GameCounts(47, 7, 1, 1)));
        publish(new NewTrade(stamp(), "t1", GAME, "did:privy:cmb0dxecy00nckz0nnrs6y7kf", "GLOSS", 20, "buy", new BigDecimal("1.02"), 3,
                "solana", new BigDecimal("0.123"), new BigDecimal("0.12"), 1));
        publish(new NewTrade(stamp(), "t2", GAME, PLAYER, "me", 3, "sell", new BigDecimal("1.02"), 4,
                "solana", new BigDecimal("0.1"), new BigDecimal("0.1"), 1));

        io.rugdesk.ui.GameBoard board = flush().board();
        assertThat(board.leaders()).extracting(io.rugdesk.ui.GameBoard.Leader::rank).containsExactly(1, 2);
        assertThat(board.leaders().get(0).name()).isEqualTo("did:privy:cmb0d…");
        assertThat(board.leaders().get(1).me()).isTrue();
        assertThat(board.history()).containsExactly(new io.rugdesk.ui.GameBoard.PastGame("old",
                new BigDecimal("1.5"), 2));
        assertThat(board.last100()).isEqualTo(new io.rugdesk.ui.GameBoard.Last100(47, 7, 1));
        assertThat(board.crowd()).as("the player's own trade is drawn apart").singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("GLOSS"));
        assertThat(flush().board()).as("nothing new: the same board").isSameAs(board);

        publish(new NewTrade(stamp(), "t3", "20261125-next", "did:privy:cmb0dxecy00nckz0nnrs6y7kf", "GLOSS", 20, "buy", BigDecimal.ONE,
                0, "solana", new BigDecimal("0.5"), new BigDecimal("0.5"), 1));
        assertThat(flush().board().crowd()).as("a new game's trades start over").singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("0.5"));
    }

    private static LeaderboardEntry leader(String id, String name, int position, String pnl) {
        return new LeaderboardEntry(id, name, 1, new BigDecimal(pnl), new BigDecimal(pnl), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ONE, true, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, position, false,
                null);
    }

    private static FieldComparison same(StateField field, String value) {
        BigDecimal v = new BigDecimal(value);
        return new FieldComparison(field, v, v, BigDecimal.ZERO, new BigDecimal("0.000000001"));
    }

    @Test
    void driftNamesTheFieldIsAnnouncedOnceAndItsHistoryIsBounded() {
        FieldComparison cash = new FieldComparison(StateField.CASH, new BigDecimal("9.5"), new BigDecimal("9.4975"),
                new BigDecimal("-0.0025"), new BigDecimal("0.000000001"));
        for (int i = 1; i <= 300; i++) {
            publish(new StateVerified(stamp(), VerificationStatus.DRIFT, List.of(cash), List.of(), i, i));
            publish(new StateDriftDetected(stamp(), List.of(cash)));
        }
        UiSnapshot snapshot = flush();
        assertThat(snapshot.drift().state()).isEqualTo(DriftState.DRIFT);
        assertThat(snapshot.drift().driftCount()).isEqualTo(300);
        assertThat(snapshot.drift().fields()).extracting(UiSnapshot.FieldDrift::field).containsExactly("cash");
        assertThat(snapshot.drift().history()).hasSize(UiSnapshot.MAX_DRIFT_HISTORY);
        assertThat(snapshot.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.level()).isEqualTo(NoticeLevel.ERROR);
            assertThat(notice.text()).contains("cash local 9.5, server 9.4975");
        });

        publish(new StateVerified(stamp(), VerificationStatus.IN_SYNC, List.of(), List.of(), 301, 300));
        assertThat(flush().drift().state()).isEqualTo(DriftState.IN_SYNC);
        assertThat(flush().drift().fields()).isEmpty();
    }

    @Test
    void aConfirmedOrderTheAccountCannotTakeIsShownAsADriftWithItsReason() {
        publish(new ConfirmedOrderNotApplied(stamp(), 7, OrderKind.SELL, 12, "nothing to sell: 100 % of 0"));
        UiSnapshot snapshot = flush();
        assertThat(snapshot.drift().state()).isEqualTo(DriftState.DRIFT);
        assertThat(snapshot.drift().driftCount()).isEqualTo(1);
        assertThat(snapshot.drift().history()).extracting(UiSnapshot.DriftEntry::state)
                .containsExactly(DriftState.DRIFT);
        assertThat(snapshot.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.level()).isEqualTo(NoticeLevel.ERROR);
            assertThat(notice.text()).contains("sell order 7", "tick 12", "nothing to sell: 100 % of 0");
        });
        assertThat(snapshot.events()).extracting(UiSnapshot.LogEntry::text)
                .anySatisfy(text -> assertThat(text).contains("nothing to sell: 100 % of 0"));
    }

    @Test
    void failedAndRefusedOrdersBecomeNoticesAndConfirmedTradesMarkTheChart() {
        activeGameAt(new BigDecimal("1.5"));
        publish(new OrderSubmitted(stamp(), 1, OrderKind.BUY, new BigDecimal("0.1"), 0, new BigDecimal("1.5"), 0,
                "{}"));
        publish(new OrderConfirmed(stamp(), 1, OrderKind.BUY, new BigDecimal("1.5")));
        publish(new OrderSubmitted(stamp(), 2, OrderKind.SELL, null, 25, new BigDecimal("1.5"), 0, "{}"));
        publish(new OrderFailed(stamp(), 2, "timeout after 5 s"));
        publish(new OrderRejected(stamp(), new RequestSell(stamp(), 25), "nothing to sell: no position"));

        UiSnapshot snapshot = flush();
        assertThat(snapshot.game().trades()).containsExactly(
                new UiSnapshot.TradeMarker(0, new BigDecimal("1.5"), Side.BUY));
        assertThat(snapshot.notices()).extracting(UiSnapshot.Notice::text).containsExactly(
                "Sell of 25 % failed: timeout after 5 s", "Sell refused: nothing to sell: no position");
        assertThat(snapshot.notices()).extracting(UiSnapshot.Notice::id).containsExactly(0L, 1L);
        assertThat(snapshot.events()).extracting(UiSnapshot.LogEntry::text)
                .contains("buy of 0.1 SOL confirmed at 1.5");
    }

    @Test
    void theEventLogIsBoundedAndGoesOnInTheNextSession() {
        for (int i = 0; i < 700; i++) {
            publish(new AutoRecordChanged(stamp(), i % 2 == 0));
        }
        UiSnapshot snapshot = flush();
        assertThat(snapshot.events()).hasSize(UiSnapshot.MAX_EVENTS);

        SnapshotAssembler next = new SnapshotAssembler(EventBus.direct(failures::add), clock::get,
                new SnapshotAssembler.SessionFacts("http://example.test", false, null, false), snapshot);
        assertThat(next.latest().events()).isEqualTo(snapshot.events());
        assertThat(next.latest().connection().serverLabel()).isEqualTo("http://example.test");
        next.close();
    }

    @Test
    void latencyShowsLastMedianP95AndTheSpike() {
        publish(new LatencyMeasured(stamp(), 1, LatencyLeg.TO_STATE_UPDATE, 9,
                new LatencyStats.Snapshot(1, 9, 9, 9, 9)));
        publish(new LatencyMeasured(stamp(), 1, LatencyLeg.TO_ACK, 420,
                new LatencyStats.Snapshot(12, 40, 90, 420, 420)));
        publish(new LatencySpikeDetected(stamp(), 1, LatencyLeg.TO_ACK, 420, 40));
        assertThat(flush().latency()).isEqualTo(new UiSnapshot.Latency(420, 40, 90, 12, true));

        publish(new LatencyMeasured(stamp(), 2, LatencyLeg.TO_ACK, 41, new LatencyStats.Snapshot(13, 41, 90, 420,
                420)));
        assertThat(flush().latency().spike()).isFalse();
    }

    @Test
    void recordingShowsTheFileAndAutoRecord() {
        publish(new AutoRecordChanged(stamp(), true));
        Path file = Path.of("/tmp/rec/20261125-aaaa.jsonl");
        publish(new RecordingStarted(stamp(), file, GAME, false));
        assertThat(flush().recording()).isEqualTo(new UiSnapshot.Recording(true, "20261125-aaaa.jsonl", true,
                "/tmp/rec"));
        publish(new RecordingFinished(stamp(), file, Outcome.RUGGED));
        assertThat(flush().recording().active()).isFalse();
        assertThat(flush().events()).extracting(UiSnapshot.LogEntry::text)
                .contains("saved 20261125-aaaa.jsonl (rugged)");
    }

    @Test
    void healthAndEventsPerSecondFollowTheFeed() {
        publish(new ConnectionHealthChanged(stamp(), ConnectionHealth.HEALTHY, "ticks arriving"));
        for (int i = 0; i < 8; i++) {
            publish(gameState(GAME, true, 0, 3));
            clock.addAndGet(100);
        }
        UiSnapshot.Connection connection = flush().connection();
        assertThat(connection.health()).isEqualTo(Health.HEALTHY);
        assertThat(connection.healthText()).isEqualTo("live");
        assertThat(connection.eventsPerSecond()).isEqualTo(8.0);

        clock.addAndGet(2_000);
        assertThat(flush().connection().eventsPerSecond()).as("a silent feed falls to zero").isZero();
    }

    private void activeGameAt(BigDecimal price) {
        publish(new PhaseChanged(stamp(), GAME, Phase.PRESALE, Phase.ACTIVE));
        publish(new TickObserved(stamp(), GAME, 0, price, Phase.ACTIVE));
    }

    private GameStateUpdate gameState(String gameId, boolean active, int cooldown, int players) {
        return new GameStateUpdate(stamp(), GameStateShape.OTHER, gameId, active, false, BigDecimal.ONE, 0, cooldown,
                false, !active, players, 0, List.of(), null, List.of(), List.of(), null, null);
    }

    private UiSnapshot flush() {
        assembler.flush();
        return assembler.latest();
    }

    private void publish(Object event) {
        bus.publish(event);
    }

    private Stamp stamp() {
        return new Stamp(++seq, clock.get());
    }
}
