package io.rugdesk.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.CaptureFile;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.testing.Fixtures;
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

    private static final Map<String, Integer> ONCE_1212 = Map.of(
            "20251212-25dcb17086a24ad7", 1, "20251212-6114b2ff44ef4b71", 1);
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
}
