package io.rugdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.game.GameStarted;
import io.rugdesk.game.TickObserved;
import io.rugdesk.recording.AutoRecordChanged;
import io.rugdesk.recording.RecordingFinished;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.recording.RecordingStarted;
import io.rugdesk.recording.RequestAutoRecord;
import io.rugdesk.sim.GameRecord;
import io.rugdesk.sim.SimConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "must show": auto-record switched on and off at random moments at high speed writes exactly one valid
 * file per game started while it was on, each matching the simulator's own log (every tick and price, the rug
 * tick, the seed). Suite: 6 games; {@code -Drugdesk.e2e.games=20} for the count.
 */
class AutoRecordLoopbackTest {

    @TempDir
    Path dir;

    @Test
    void randomToggleWritesOneMatchingFilePerGameStartedWhileOn() throws Exception {
        int games = LoopbackRig.games(6);
        Random random = new Random(42);
        SimConfig sim = SimConfig.defaults().withSpeed(50).withBots(1).withSeeds(List.of(), 5L);
        try (LoopbackRig rig = LoopbackRig.start(dir, sim, true)) {
            AtomicBoolean on = new AtomicBoolean(true);
            Set<String> startedWhileOn = new HashSet<>();
            rig.bus().subscribe(AutoRecordChanged.class, changed -> on.set(changed.enabled()));
            rig.bus().subscribe(GameStarted.class, started -> {
                if (on.get() && !started.joinedMidGame()) {
                    startedWhileOn.add(started.gameId());
                }
            });
            AtomicBoolean toggling = new AtomicBoolean(true);
            rig.bus().subscribe(TickObserved.class, tick -> {
                if (toggling.get() && random.nextInt(60) == 0) {
                    rig.bus().publish(new RequestAutoRecord(LoopbackRig.now(), random.nextBoolean()));
                }
            });
            rig.awaitGamesEnded(games + 1, Duration.ofSeconds(20L + 10L * games));
            toggling.set(false);
            rig.bus().publish(new RequestAutoRecord(LoopbackRig.now(), false));
            // every file started is finished once its game ended and the seed came (the next game's history)
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    rig.all(RecordingFinished.class).size() == rig.all(RecordingStarted.class).size());
            Map<String, GameRecord> log = rig.session.embeddedSimulator().orElseThrow().gameLog().stream()
                    .collect(Collectors.toMap(GameRecord::gameId, Function.identity(), (a, b) -> a));
            List<Path> files;
            try (Stream<Path> listing = Files.list(dir.resolve("recordings"))) {
                files = listing.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
            }
            Set<String> recordedIds = new HashSet<>();
            for (Path file : files) {
                RecordingReader.Recording recording = new RecordingReader().read(file);
                assertThat(recording.valid()).as("%s: %s", file, recording.problems()).isTrue();
                String id = recording.header().gameId();
                assertThat(recordedIds.add(id)).as("one file per game: %s", id).isTrue();
                GameRecord game = log.get(id);
                assertThat(game).as("simulator played %s", id).isNotNull();
                for (RecordingReader.Tick tick : recording.ticks()) {
                    assertThat(tick.price().doubleValue()).as("%s tick %d", id, tick.tick())
                            .isEqualTo(game.prices().get(tick.tick()));
                }
                assertThat(recording.footer().rugTick()).isEqualTo(game.rugTick());
                assertThat(recording.footer().serverSeed()).isEqualTo(game.serverSeed());
            }
            assertThat(recordedIds).containsAll(startedWhileOn);
            assertThat(recordedIds).containsExactlyInAnyOrderElementsOf(rig.all(RecordingStarted.class).stream()
                    .map(RecordingStarted::gameId).toList());
            System.out.printf("auto-record: %d games, %d started while on, %d files, all matching the simulator%n",
                    rig.endedGames(), startedWhileOn.size(), files.size());
        }
    }
}
