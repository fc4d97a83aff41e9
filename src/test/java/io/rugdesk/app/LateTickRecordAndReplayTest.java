package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.EventBus;
import io.rugdesk.game.TickArrivedLate;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tick the server sends after a newer one (real frames of CAP-A, the game joined mid-game: tick 128 delivered
 * after tick 129) is kept in the recording, marked late, in arrival order, while the live model ignores it;
 * the replay publishes it as the same {@link TickArrivedLate}, so the models ignore it again.
 */
class LateTickRecordAndReplayTest {

    private static final String GAME = "20251212-25dcb17086a24ad7";

    @TempDir
    Path dir;

    @Test
    void tick128AfterTick129IsRecordedLateAndReplayedAsLate() throws Exception {
        List<CaptureRecord> frames = realFramesWithTick128After129();
        EventBus bus = EventBus.direct(failure -> {
            throw new AssertionError("subscriber failed on " + failure.event(), failure.error());
        });
        List<Integer> liveTicks = new ArrayList<>();
        List<TickArrivedLate> liveLate = new ArrayList<>();
        bus.subscribe(TickObserved.class, t -> liveTicks.add(t.tick()));
        bus.subscribe(TickArrivedLate.class, liveLate::add);
        Path folder = dir.resolve("recordings");
        CaptureRecordings.record(frames, bus, folder);

        assertThat(liveLate).singleElement().satisfies(late -> {
            assertThat(late.tick()).isEqualTo(128);
            assertThat(late.latestTick()).isEqualTo(129);
        });
        assertThat(liveTicks).as("the live model never took tick 128").doesNotContain(128)
                .containsSubsequence(127, 129, 130);

        RecordingReader.Recording recording = new RecordingReader().read(CaptureRecordings.recordingOf(folder, GAME));
        assertThat(recording.problems()).isEmpty();
        List<RecordingReader.Tick> all = recording.records().stream()
                .filter(RecordingReader.Tick.class::isInstance).map(RecordingReader.Tick.class::cast).toList();
        int at129 = indexOf(all, 129);
        assertThat(all.subList(at129 - 1, at129 + 3)).extracting(RecordingReader.Tick::tick,
                RecordingReader.Tick::late).containsExactly(org.assertj.core.groups.Tuple.tuple(127, false),
                org.assertj.core.groups.Tuple.tuple(129, false), org.assertj.core.groups.Tuple.tuple(128, true),
                org.assertj.core.groups.Tuple.tuple(130, false));
        assertThat(all.get(at129 + 1).price()).isEqualByComparingTo(new BigDecimal("0.5035115537474589"));
        assertThat(recording.footer().lateTicks()).isEqualTo(1);
        assertThat(recording.ticks()).extracting(RecordingReader.Tick::tick)
                .as("the ticks the live model took, and only those").containsExactlyElementsOf(
                        liveTicks.subList(liveTicks.indexOf(recording.ticks().get(0).tick()), liveTicks.size())
                                .stream().limit(recording.ticks().size()).toList());

        EventBus replayBus = EventBus.direct(failure -> { });
        List<Integer> replayedTicks = new CopyOnWriteArrayList<>();
        List<TickArrivedLate> replayedLate = new CopyOnWriteArrayList<>();
        replayBus.subscribe(TickObserved.class, t -> replayedTicks.add(t.tick()));
        replayBus.subscribe(TickArrivedLate.class, replayedLate::add);
        try (RecordingReplayer replayer = new RecordingReplayer(recording, replayBus)) {
            replayer.setSpeed(Double.POSITIVE_INFINITY);
            replayer.play();
            assertThat(replayer.awaitEnd(Duration.ofMinutes(1))).isTrue();
        }
        assertThat(replayedTicks).isEqualTo(recording.ticks().stream().map(RecordingReader.Tick::tick).toList())
                .doesNotContain(128);
        assertThat(replayedLate).singleElement().satisfies(late -> {
            assertThat(late.tick()).isEqualTo(128);
            assertThat(late.latestTick()).isEqualTo(129);
            assertThat(late.price()).isEqualByComparingTo(new BigDecimal("0.5035115537474589"));
        });
    }

    /**
     * CAP-A as received, up to the second game, except that the frames of tick 128 and tick 129 swap places
     * (each keeps the arrival slot, sequence number and time of the other): the server sent 128 after 129.
     */
    private static List<CaptureRecord> realFramesWithTick128After129() throws Exception {
        List<CaptureRecord> frames = new ArrayList<>(CaptureRecordings.received(Fixtures.capture1212()));
        int at128 = indexOfTick(frames, 128);
        int at129 = indexOfTick(frames, 129);
        assertThat(at129).as("the capture holds tick 129 right after 128").isEqualTo(at128 + 1);
        CaptureRecord f128 = frames.get(at128);
        CaptureRecord f129 = frames.get(at129);
        frames.set(at128, new CaptureRecord(f128.seq(), f129.eventName(), f129.argumentsJson(),
                f128.receivedAtMillis(), f129.direction()));
        frames.set(at129, new CaptureRecord(f129.seq(), f128.eventName(), f128.argumentsJson(),
                f129.receivedAtMillis(), f128.direction()));
        return frames;
    }

    private static int indexOfTick(List<CaptureRecord> frames, int tick) {
        for (int i = 0; i < frames.size(); i++) {
            CaptureRecord frame = frames.get(i);
            if (frame.eventName().equals("gameStateUpdate") && frame.argumentsJson().contains(GAME)
                    && frame.argumentsJson().contains("\"tickCount\":" + tick + ",")) {
                return i;
            }
        }
        throw new AssertionError("no frame of tick " + tick);
    }

    private static int indexOf(List<RecordingReader.Tick> ticks, int tick) {
        for (int i = 0; i < ticks.size(); i++) {
            if (ticks.get(i).tick() == tick && !ticks.get(i).late()) {
                return i;
            }
        }
        throw new AssertionError("tick " + tick + " not recorded");
    }
}
