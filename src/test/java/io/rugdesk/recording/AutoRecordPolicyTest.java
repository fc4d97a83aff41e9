package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.GameEnded;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many simulated games while auto-record is switched on and off at random moments: a game that was live
 * (between its GameStarted and GameEnded) while auto-record was on at some moment gets exactly one valid file,
 * with every tick from the start of recording to the rug and the seed; any other game gets none.
 */
class AutoRecordPolicyTest {

    @TempDir
    Path root;

    private boolean autoOn;
    private boolean live;
    private final Map<String, Boolean> observedWhileOn = new HashMap<>();
    private final Map<String, Integer> rugTicks = new HashMap<>();
    private final Map<String, Boolean> seedSent = new HashMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 20261125})
    void exactlyOneValidFilePerGameObservedWhileOn(long seed) throws Exception {
        Random random = new Random(seed);
        try (RecorderFixture f = new RecorderFixture(root, false)) {
            String previous = null;
            boolean previousWithinGrace = false;
            for (int n = 0; n < 20; n++) {
                String gameId = "20261125-" + seed + "-" + n;
                f.game.cooldown(gameId, n == 0 ? Phase.UNKNOWN : Phase.RUGGED);
                maybeToggle(f, random);
                if (previous != null && random.nextInt(5) > 0) {
                    f.game.seed(previous); // the next game's first message reveals the previous seed
                    seedSent.put(previous, previousWithinGrace);
                }
                maybeToggle(f, random);
                f.game.start(gameId);
                started(gameId);
                int rugTick = 1 + random.nextInt(40);
                boolean abandoned = random.nextInt(10) == 0;
                for (int tick = 1; tick <= rugTick; tick++) {
                    f.game.tick(gameId, tick);
                    maybeToggle(f, random);
                }
                if (abandoned) {
                    f.publish(new PhaseChanged(f.game.stamp(), gameId, Phase.ACTIVE, Phase.UNKNOWN));
                    f.publish(new GameEnded(f.game.stamp(), gameId, GameEnded.Reason.ABANDONED, null, null));
                } else {
                    f.game.rug(gameId, rugTick);
                    rugTicks.put(gameId, rugTick);
                }
                live = false;
                maybeToggle(f, random);
                previousWithinGrace = random.nextInt(3) > 0;
                f.time.advance(Duration.ofMillis(previousWithinGrace ? 1_500 : 12_000));
                previous = gameId;
            }
            f.time.advance(Duration.ofSeconds(11));

            assertThat(f.files("*.partial")).isEmpty();
            List<RecordingReader.Recording> recordings = f.finishedRecordings();
            assertThat(recordings).allSatisfy(r -> assertThat(r.problems()).as(r.file().toString()).isEmpty());
            Map<String, Long> filesPerGame = recordings.stream()
                    .collect(Collectors.groupingBy(r -> r.header().gameId(), Collectors.counting()));
            List<String> expected = observedWhileOn.entrySet().stream().filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey).sorted().toList();
            assertThat(filesPerGame.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(filesPerGame.values()).allMatch(count -> count == 1);
            assertThat(expected).as("the random toggles cover both states").isNotEmpty()
                    .hasSizeLessThan(observedWhileOn.size());
            for (RecordingReader.Recording r : recordings) {
                checkContent(r);
            }
        }
    }

    private void checkContent(RecordingReader.Recording r) {
        String gameId = r.header().gameId();
        List<Integer> ticks = r.ticks().stream().map(RecordingReader.Tick::tick).toList();
        int first = ticks.get(0);
        Integer rugTick = rugTicks.get(gameId);
        int last = rugTick != null ? rugTick : ticks.get(ticks.size() - 1);
        assertThat(ticks).as(gameId).containsExactlyElementsOf(IntStream.rangeClosed(first, last).boxed().toList());
        assertThat(r.header().joinedMidGame()).isEqualTo(first > 0);
        r.ticks().stream().filter(t -> t.tick() > 0)
                .forEach(t -> assertThat(t.price()).isEqualTo(GameScript.price(gameId, t.tick())));
        if (rugTick == null) {
            assertThat(r.footer().outcome()).isEqualTo(Outcome.ABANDONED);
            assertThat(r.footer().rugTick()).isNull();
        } else {
            assertThat(r.footer().outcome()).isEqualTo(Outcome.RUGGED);
            assertThat(r.footer().rugTick()).isEqualTo(rugTick);
        }
        assertThat(r.footer().serverSeed())
                .isEqualTo(seedSent.getOrDefault(gameId, false) ? GameScript.seedOf(gameId) : null);
    }

    private void started(String gameId) {
        live = true;
        observedWhileOn.put(gameId, autoOn);
        current = gameId;
    }

    private String current;

    private void maybeToggle(RecorderFixture f, Random random) {
        if (random.nextInt(8) == 0) {
            autoOn = !autoOn;
            f.publish(new RequestAutoRecord(f.game.stamp(), autoOn));
        }
        if (live && autoOn) {
            observedWhileOn.put(current, true);
        }
    }
}
