package io.rugdesk.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.CaptureFile;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.testing.Fixtures;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Exactly once on real traffic: every game of the captures starts at most once and ends at most once, counted
 * per game id (a second start or a repeated rug would show here). The games and their outcome per capture are
 * those of fixtures/README.md (also what {@code inspect} reports); a game only announced at the end of a capture
 * neither starts nor ends.
 */
class GameLifecycleCaptureTest {

    /** The game the 2025-12-12 capture joins at tick 4 (its first frame, seq 2, is the connect snapshot). */
    private static final String JOINED_GAME_1212 = "20251212-25dcb17086a24ad7";
    private static final Map<String, Integer> ONCE_1212 = Map.of(
            JOINED_GAME_1212, 1, "20251212-6114b2ff44ef4b71", 1);
    private static final Map<String, Integer> ONCE_1214 = Map.of(
            "20251215-a8311c871b0e4bea", 1, "20251215-1a211bfc7caf41d6", 1);

    private final List<Object> events = new ArrayList<>();

    /** Feeds every server frame of the captures, in order, to one lifecycle (one long session). */
    private void replay(Path... captures) throws Exception {
        EventBus bus = EventBus.direct(failure -> {
            throw new AssertionError("subscriber failed on " + failure.event(), failure.error());
        });
        bus.subscribe(GameEvent.class, events::add);
        new GameLifecycle(bus).start();
        WireCodec codec = new WireCodec();
        for (Path capture : captures) {
            try (CaptureFile file = CaptureFile.open(capture)) {
                Optional<CaptureRecord> next;
                while ((next = file.read()).isPresent()) {
                    CaptureRecord record = next.get();
                    if (record.isServerEvent()) {
                        FeedEvent event = codec.decode(record.eventName(), record.argumentsJson(),
                                new Stamp(record.seq(), record.receivedAtMillis()));
                        bus.publish(event);
                    }
                }
            }
        }
    }

    private Map<String, Integer> countPerGame(Class<? extends GameEvent> type) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Object event : events) {
            if (event instanceof GameStarted started && type == GameStarted.class) {
                counts.merge(started.gameId(), 1, Integer::sum);
            } else if (event instanceof GameEnded ended && type == GameEnded.class) {
                counts.merge(ended.gameId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void december12StartsAndEndsEachGameOnceDespiteTheLateRugMessage() throws Exception {
        replay(Fixtures.capture1212());
        assertThat(countPerGame(GameStarted.class)).containsExactlyInAnyOrderEntriesOf(ONCE_1212);
        assertThat(countPerGame(GameEnded.class)).containsExactlyInAnyOrderEntriesOf(ONCE_1212);
    }

    @Test
    void december14StartsAndEndsEachGameOnce() throws Exception {
        replay(Fixtures.capture1214());
        assertThat(countPerGame(GameStarted.class)).containsExactlyInAnyOrderEntriesOf(ONCE_1214);
        assertThat(countPerGame(GameEnded.class)).containsExactlyInAnyOrderEntriesOf(ONCE_1214);
    }

    @Test
    void bothCapturesInOneSessionStillCountOncePerGame() throws Exception {
        replay(Fixtures.capture1212(), Fixtures.capture1214());
        Map<String, Integer> once = new TreeMap<>(ONCE_1212);
        once.putAll(ONCE_1214);
        assertThat(countPerGame(GameStarted.class)).containsExactlyInAnyOrderEntriesOf(once);
        // the first capture's last game was only announced: leaving it for the next capture's game ends nothing
        assertThat(countPerGame(GameEnded.class)).containsExactlyInAnyOrderEntriesOf(once);
    }

    /**
     * A game's start fact comes before any of its active prices: a subscriber that opens its game on
     * {@link GameStarted} (the recorder's game file, the paper desk, a strategy) must not miss the first ACTIVE tick.
     */
    @Test
    void everyGameStartsBeforeItsFirstActiveTick() throws Exception {
        replay(Fixtures.capture1212(), Fixtures.capture1214());
        Set<String> started = new HashSet<>();
        List<String> activeBeforeStart = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof GameStarted start) {
                started.add(start.gameId());
            } else if (event instanceof TickObserved tick && tick.phase() == Phase.ACTIVE
                    && !started.contains(tick.gameId())) {
                activeBeforeStart.add(tick.gameId() + " tick " + tick.tick() + " (seq " + tick.stamp().seq() + ")");
            }
        }
        assertThat(started).hasSize(4);
        assertThat(activeBeforeStart).isEmpty();
    }

    /**
     * A connect snapshot's {@code prices} (the server's history of the running game) comes as one
     * {@link GamePricesResynced}, never as {@link TickObserved}s: the capture's first frame (seq 2) is the snapshot
     * of a game joined at tick 4. The expected prices are read from the capture file with Jackson, not the codec.
     */
    @Test
    void theConnectSnapshotResyncsTheJoinedGameWithExactlyItsPrices() throws Exception {
        Path capture = Fixtures.capture1212();
        JsonNode snapshot = firstGameStateUpdate(capture);
        assertThat(snapshot.get("gameId").asText()).isEqualTo(JOINED_GAME_1212);
        assertThat(snapshot.get("tickCount").asInt()).isEqualTo(4);
        List<BigDecimal> expected = new ArrayList<>();
        snapshot.get("prices").forEach(price -> expected.add(price.decimalValue()));
        assertThat(expected).hasSize(5);

        replay(capture);

        List<GamePricesResynced> resyncs = events.stream().filter(GamePricesResynced.class::isInstance)
                .map(GamePricesResynced.class::cast).toList();
        assertThat(resyncs).as("only the connect snapshot carries prices").hasSize(1);
        GamePricesResynced resync = resyncs.get(0);
        assertThat(resync.gameId()).isEqualTo(JOINED_GAME_1212);
        assertThat(resync.stamp().seq()).isEqualTo(2);
        assertThat(resync.prices()).hasSameSizeAs(expected);
        for (int tick = 0; tick < expected.size(); tick++) {
            assertThat(resync.prices().get(tick)).as("price at tick " + tick).isEqualByComparingTo(expected.get(tick));
        }

        // the join's own facts: started mid-game at tick 4, and tick 4 is the first tick observed; the history is not
        int started = events.indexOf(events.stream().filter(GameStarted.class::isInstance).findFirst().orElseThrow());
        GameStarted start = (GameStarted) events.get(started);
        assertThat(start.joinedMidGame()).isTrue();
        assertThat(start.tick()).isEqualTo(4);
        assertThat(events.indexOf(resync)).isGreaterThan(started);
        List<Integer> observedTicks = events.stream().filter(TickObserved.class::isInstance)
                .map(TickObserved.class::cast).filter(t -> t.gameId().equals(JOINED_GAME_1212))
                .map(TickObserved::tick).toList();
        assertThat(observedTicks).first().isEqualTo(4);
        assertThat(observedTicks).doesNotHaveDuplicates().isSorted();
    }

    private static JsonNode firstGameStateUpdate(Path capture) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (BufferedReader lines = Files.newBufferedReader(capture)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode record = json.readTree(line);
                if ("gameStateUpdate".equals(record.path("event").asText())) {
                    assertThat(record.get("seq").asLong()).isEqualTo(2);
                    return record.get("data");
                }
            }
        }
        throw new AssertionError("no gameStateUpdate in " + capture);
    }
}
