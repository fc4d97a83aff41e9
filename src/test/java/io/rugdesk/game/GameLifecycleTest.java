package io.rugdesk.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.GameHistoryEntry;
import io.rugdesk.protocol.GameStateShape;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.ProvablyFair;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phase machine on small hand-built message sequences modelled on the real feed (protocol.md §4.1–§4.2). */
class GameLifecycleTest {

    private static final String A = "20251212-25dcb17086a24ad7";
    private static final String B = "20251212-6114b2ff44ef4b71";
    private static final String C = "20251212-6f491efbd808458b";

    private final List<GameEvent> events = new ArrayList<>();
    private EventBus bus;
    private GameLifecycle lifecycle;
    private long seq;

    @BeforeEach
    void wire() {
        bus = EventBus.direct(failure -> fail("subscriber failed: " + failure.error()));
        lifecycle = new GameLifecycle(bus);
        lifecycle.start();
        bus.subscribe(GameEvent.class, events::add);
    }

    @Test
    void aFullCycleStartsAndEndsTheGameOnceEach() {
        send(cooldown(B, 14_900), presale(B, 10_000), tick(B, 0, "1"), tick(B, 1, "1.02"), tick(B, 2, "1.05"),
                rug(B, 3, "0.020000000000000018", List.of()), rug(B, 4, "0.020000000000000018", List.of()));
        assertThat(of(PhaseChanged.class)).extracting(PhaseChanged::to)
                .containsExactly(Phase.COOLDOWN, Phase.PRESALE, Phase.ACTIVE, Phase.RUGGED);
        assertThat(of(GameStarted.class)).singleElement().satisfies(s -> {
            assertThat(s.tick()).isZero();
            assertThat(s.joinedMidGame()).isFalse();
            assertThat(s.serverSeedHash()).isEqualTo("hash-" + B);
        });
        assertThat(of(GameEnded.class)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(GameEnded.Reason.RUGGED);
            assertThat(e.rugTick()).isEqualTo(3);
            assertThat(e.rugPrice().toPlainString()).isEqualTo("0.020000000000000018");
            assertThat(e.stamp().seq()).isEqualTo(6);
        });
        assertThat(of(TickObserved.class)).extracting(TickObserved::tick).containsExactly(0, 1, 2, 3, 4);
        assertThat(of(TickObserved.class).get(0).phase()).isEqualTo(Phase.PRESALE);
        assertThat(lifecycle.anomalyCount()).isZero();
        assertThat(lifecycle.phase()).isEqualTo(Phase.RUGGED);
    }

    @Test
    void theNextGamesCountdownBeforeTheOldGamesExtendedRugMakesNoPhantomGame() {
        // public-2025-12-12.jsonl seq 262, 263, 264: rug of A, countdown of B, then A's extended rug message
        send(tick(A, 228, "0.5"), rug(A, 229, "0.006550710277065084", List.of()), cooldown(B, 14_900),
                rug(A, 231, "0.006550710277065084", List.of()), cooldown(B, 14_800));
        assertThat(of(GameEnded.class)).singleElement().extracting(GameEnded::gameId).isEqualTo(A);
        assertThat(of(GameStarted.class)).singleElement().extracting(GameStarted::gameId).isEqualTo(A);
        assertThat(lifecycle.gameId()).isEqualTo(B);
        assertThat(lifecycle.phase()).isEqualTo(Phase.COOLDOWN);
        assertThat(of(PhaseChanged.class)).extracting(PhaseChanged::gameId).containsExactly(A, A, B);
        assertThat(of(PhaseAnomaly.class)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(PhaseAnomaly.Kind.OTHER);
            assertThat(a.detail()).contains("late message of game " + A);
        });
    }

    @Test
    void aDuplicatedTickZeroStartsTheGameOnce() {
        send(presale(B, 100), tick(B, 0, "1"), tick(B, 0, "1"), tick(B, 1, "1.01"));
        assertThat(of(GameStarted.class)).hasSize(1);
        assertThat(of(TickObserved.class)).extracting(TickObserved::tick).containsExactly(0, 1);
        assertThat(lifecycle.anomalyCount()).isZero();
    }

    @Test
    void aRepeatedTickWithAnotherPriceIsAnAnomaly() {
        send(tick(B, 5, "1.1"), tick(B, 5, "1.2"));
        assertThat(of(PhaseAnomaly.class)).singleElement().extracting(PhaseAnomaly::kind)
                .isEqualTo(PhaseAnomaly.Kind.DUPLICATE_TICK);
    }

    @Test
    void aGameJoinedMidWayStartsAtItsFirstActiveMessage() {
        send(tick(A, 4, "1.03"), tick(A, 5, "1.04"));
        assertThat(of(GameStarted.class)).singleElement().satisfies(s -> {
            assertThat(s.tick()).isEqualTo(4);
            assertThat(s.joinedMidGame()).isTrue();
        });
        assertThat(of(PhaseChanged.class)).singleElement()
                .satisfies(p -> assertThat(p.from()).isEqualTo(Phase.UNKNOWN));
        assertThat(lifecycle.anomalyCount()).isZero();
    }

    @Test
    void aGameThatVanishesWithoutARugIsAbandoned() {
        send(tick(A, 7, "1.2"), cooldown(B, 14_900));
        assertThat(of(GameEnded.class)).singleElement().satisfies(e -> {
            assertThat(e.gameId()).isEqualTo(A);
            assertThat(e.reason()).isEqualTo(GameEnded.Reason.ABANDONED);
            assertThat(e.rugTick()).isNull();
            assertThat(e.rugPrice()).isNull();
        });
        assertThat(of(PhaseAnomaly.class)).singleElement().extracting(PhaseAnomaly::kind)
                .isEqualTo(PhaseAnomaly.Kind.ILLEGAL_TRANSITION);
    }

    @Test
    void aGameSeenOnlyInCooldownNeitherStartsNorEnds() {
        send(cooldown(A, 12_000), cooldown(B, 14_900));
        assertThat(of(GameStarted.class)).isEmpty();
        assertThat(of(GameEnded.class)).isEmpty();
    }

    @Test
    void aRegressingTickIsCountedAndIgnored() {
        send(tick(A, 5, "1.1"), tick(A, 3, "0.9"), tick(A, 6, "1.2"));
        assertThat(of(PhaseAnomaly.class)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(PhaseAnomaly.Kind.TICK_REGRESSION);
            assertThat(a.detail()).isEqualTo("tick 3 after tick 5; ignored");
        });
        assertThat(of(TickObserved.class)).extracting(TickObserved::tick).containsExactly(5, 6);
        assertThat(lifecycle.anomalyCount()).isEqualTo(1);
    }

    @Test
    void aStepBackwardsWithinAGameIsAStaleMessage() {
        send(presale(A, 200), tick(A, 0, "1"), presale(A, 100), tick(A, 1, "1.01"));
        assertThat(lifecycle.phase()).isEqualTo(Phase.ACTIVE);
        assertThat(of(PhaseChanged.class)).extracting(PhaseChanged::to).containsExactly(Phase.PRESALE, Phase.ACTIVE);
        assertThat(of(PhaseAnomaly.class)).singleElement().extracting(PhaseAnomaly::detail)
                .isEqualTo("ACTIVE → PRESALE within one game (stale message); ignored");
    }

    @Test
    void skippingPresaleIsAGapButStillStartsTheGame() {
        send(cooldown(A, 10_100), tick(A, 0, "1"));
        assertThat(of(GameStarted.class)).hasSize(1);
        assertThat(of(PhaseAnomaly.class)).singleElement().extracting(PhaseAnomaly::detail)
                .isEqualTo("COOLDOWN → ACTIVE skips a phase (feed gap)");
    }

    @Test
    void thePhaseIsUnknownBeforeTheFirstDecisiveMessage() {
        assertThat(lifecycle.phase()).isEqualTo(Phase.UNKNOWN);
        send(update(A, false, false, null, 0, 0, List.of()));
        assertThat(lifecycle.phase()).isEqualTo(Phase.UNKNOWN);
        assertThat(lifecycle.gameId()).isEqualTo(A);
        assertThat(of(PhaseChanged.class)).isEmpty();
        send(cooldown(A, 14_000));
        assertThat(lifecycle.phase()).isEqualTo(Phase.COOLDOWN);
    }

    @Test
    void aSeedIsRevealedOnceAndOnlyForGamesThisClientSaw() {
        GameHistoryEntry aRevealed = history(A, "seed-a");
        GameHistoryEntry unseen = history("20251212-0000000000000000", "seed-x");
        send(tick(A, 10, "2"), rug(A, 11, "0.01", List.of()), cooldown(B, 14_900),
                extended(B, 15_000, List.of(aRevealed, unseen)), extended(B, 14_800, List.of(aRevealed)));
        assertThat(of(SeedRevealed.class)).singleElement().satisfies(s -> {
            assertThat(s.gameId()).isEqualTo(A);
            assertThat(s.serverSeed()).isEqualTo("seed-a");
            assertThat(s.prices()).containsExactly(BigDecimal.ONE, new BigDecimal("0.01"));
        });
    }

    @Test
    void aLateMessageStillRevealsSeedsButChangesNothingElse() {
        send(tick(C, 3, "1"), rug(C, 4, "0.1", List.of()), cooldown(A, 14_900), tick(A, 0, "1"),
                rug(A, 1, "0.2", List.of()), cooldown(B, 14_900), rug(A, 2, "0.2", List.of(history(C, "seed-c"))));
        assertThat(of(SeedRevealed.class)).extracting(SeedRevealed::gameId).containsExactly(C);
        assertThat(of(GameEnded.class)).extracting(GameEnded::gameId).containsExactly(C, A);
        assertThat(lifecycle.gameId()).isEqualTo(B);
    }

    @Test
    void aRugMissedInADisconnectIsRevealedOnceFromHistoryBeforeTheGameIsAbandoned() {
        GameHistoryEntry aRugged = history(A, "seed-a");
        send(tick(C, 3, "1"), rug(C, 4, "0.1", List.of()), cooldown(A, 14_900), tick(A, 0, "1"), tick(A, 1, "1.2"),
                extended(B, 15_000, List.of(aRugged, history(C, "seed-c"))), extended(B, 14_800, List.of(aRugged)));
        assertThat(of(MissedRugRevealed.class)).singleElement().satisfies(r -> {
            assertThat(r.gameId()).isEqualTo(A);
            assertThat(r.rugTick()).isEqualTo(1);   // prices [1, 0.01]: len = rugTick + 1
            assertThat(r.rugPrice()).isEqualByComparingTo("0.01");
        });
        int revealed = events.indexOf(of(MissedRugRevealed.class).get(0));
        GameEnded abandoned = of(GameEnded.class).get(1);
        assertThat(abandoned.reason()).isEqualTo(GameEnded.Reason.ABANDONED);
        assertThat(revealed).isEqualTo(events.indexOf(abandoned) - 1);
    }

    @Test
    void aGameJoinedAtItsRugEndsWithoutAStart() {
        send(rug(A, 40, "0.003", List.of()));
        assertThat(of(GameStarted.class)).isEmpty();
        assertThat(of(GameEnded.class)).singleElement().extracting(GameEnded::rugTick).isEqualTo(40);
    }

    private <T extends GameEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void send(GameStateUpdate... updates) {
        for (GameStateUpdate update : updates) {
            bus.publish(update);
        }
    }

    private GameStateUpdate cooldown(String game, int cooldownTimer) {
        return update(game, false, false, null, 0, cooldownTimer, List.of());
    }

    private GameStateUpdate presale(String game, int cooldownTimer) {
        return update(game, false, false, "1", 0, cooldownTimer, List.of());
    }

    private GameStateUpdate extended(String game, int cooldownTimer, List<GameHistoryEntry> history) {
        return update(game, false, false, "1", 0, cooldownTimer, history);
    }

    private GameStateUpdate tick(String game, int tick, String price) {
        return update(game, true, false, price, tick, 0, List.of());
    }

    private GameStateUpdate rug(String game, int tick, String price, List<GameHistoryEntry> history) {
        return update(game, true, true, price, tick, 0, history);
    }

    private GameStateUpdate update(String game, boolean active, boolean rugged, String price, int tick,
                                   int cooldownTimer, List<GameHistoryEntry> history) {
        return new GameStateUpdate(new Stamp(++seq, 1_000 + seq), GameStateShape.OTHER, game, active, rugged,
                price == null ? null : new BigDecimal(price), tick, cooldownTimer, false,
                cooldownTimer > 0 && cooldownTimer <= 10_000, 200, 0, List.of(), null, List.of(), history,
                new ProvablyFair("hash-" + game, "v3"), null);
    }

    private static GameHistoryEntry history(String game, String seed) {
        return new GameHistoryEntry(game, 1_765_577_896_765L, List.of(BigDecimal.ONE, new BigDecimal("0.01")),
                BigDecimal.ONE, true, seed, "hash-" + game, "v3");
    }
}
