package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.event.EventBus;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.TickObserved;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step, play and pause publish the recorded facts in order, on the replay thread. */
class RecordingReplayerTest {

    @TempDir
    Path dir;

    private Path recording() throws Exception {
        Path file = dir.resolve("game.jsonl");
        Files.write(file, List.of(
                "{\"type\":\"header\",\"t\":1000,\"schema\":1,\"gameId\":\"g1\",\"joinedMidGame\":false,"
                        + "\"player\":null,\"server\":\"s\",\"client\":\"c\",\"settings\":{},\"serverSeedHash\":\"h\"}",
                "{\"type\":\"gameStarted\",\"t\":1001,\"tick\":0,\"joinedMidGame\":false,\"serverSeedHash\":\"h\"}",
                "{\"type\":\"tick\",\"t\":1002,\"tick\":0,\"price\":\"1\",\"phase\":\"ACTIVE\"}",
                "{\"type\":\"tick\",\"t\":1252,\"tick\":1,\"price\":\"1.01\",\"phase\":\"ACTIVE\"}",
                "{\"type\":\"tick\",\"t\":1502,\"tick\":2,\"price\":\"0.01\",\"phase\":\"RUGGED\"}",
                "{\"type\":\"gameEnded\",\"t\":1503,\"reason\":\"RUGGED\",\"rugTick\":2,\"rugPrice\":\"0.01\"}",
                "{\"type\":\"footer\",\"t\":1600,\"gameId\":\"g1\",\"outcome\":\"rugged\",\"ticks\":3,\"rugTick\":2,"
                        + "\"rugPrice\":\"0.01\",\"serverSeed\":null,\"fair\":null,\"summary\":{}}"),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void stepPublishesOneFactAtATimeAndPlayRunsToTheEnd() throws Exception {
        List<Object> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        EventBus bus = EventBus.direct(failure -> { });
        bus.subscribe(Object.class, event -> {
            seen.add(event);
            threads.add(Thread.currentThread().getName());
        });
        try (RecordingReplayer replayer = RecordingReplayer.open(recording(), bus)) {
            assertThat(replayer.length()).isEqualTo(5);
            replayer.step();
            await().atMost(Duration.ofSeconds(5)).until(() -> replayer.position() == 1);
            assertThat(seen).singleElement().isInstanceOf(GameStarted.class);
            replayer.setSpeed(Double.POSITIVE_INFINITY);
            replayer.play();
            assertThat(replayer.awaitEnd(Duration.ofSeconds(5))).isTrue();
            assertThat(seen).hasSize(5);
            assertThat(seen.get(1)).isInstanceOf(TickObserved.class);
            assertThat(((TickObserved) seen.get(3)).price()).isEqualByComparingTo("0.01");
            GameEnded ended = (GameEnded) seen.get(4);
            assertThat(ended.gameId()).isEqualTo("g1");
            assertThat(ended.rugTick()).isEqualTo(2);
            assertThat(threads).containsOnly(RecordingReplayer.THREAD);
        }
    }

    @Test
    void pauseStopsARecordedPaceReplay() throws Exception {
        List<Object> seen = new CopyOnWriteArrayList<>();
        EventBus bus = EventBus.direct(failure -> { });
        bus.subscribe(Object.class, seen::add);
        try (RecordingReplayer replayer = RecordingReplayer.open(recording(), bus)) {
            replayer.setSpeed(0.01); // 250 ms between ticks becomes 25 s
            replayer.play();
            await().atMost(Duration.ofSeconds(5)).until(() -> replayer.position() >= 2);
            replayer.pause();
            await().atMost(Duration.ofSeconds(5)).until(() -> !replayer.isPlaying());
            int position = replayer.position();
            assertThat(position).isLessThan(replayer.length());
            assertThat(replayer.isFinished()).isFalse();
        }
    }
}
