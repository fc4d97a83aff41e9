package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.Event;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/** A recorder on a direct bus with manual time, collecting every recording event. Thread: the test's. */
final class RecorderFixture implements AutoCloseable {

    final List<EventBus.Failure> busFailures = new ArrayList<>();
    final EventBus bus = EventBus.direct(busFailures::add);
    final ManualTimer time = new ManualTimer(1_795_000_000_000L);
    final GameScript game = new GameScript(bus, time);
    final List<RecordingEvent> events = new ArrayList<>();
    final Path folder;
    final Path configDir;
    final GameRecorder recorder;
    /** The recorder's {@link GameRecorder#start()} handle. */
    final AutoCloseable started;

    RecorderFixture(Path root, boolean autoRecord) {
        this(root, autoRecord, RecordingFileWriter.ChannelOpener.FILES);
    }

    RecorderFixture(Path root, boolean autoRecord, RecordingFileWriter.ChannelOpener opener) {
        this(root, autoRecord, opener, Runnable::run, GameRecorder.Config.DEFAULT_QUEUE_CAPACITY);
    }

    /** @param io where the files are written (direct: at once, on the test's thread) */
    RecorderFixture(Path root, boolean autoRecord, RecordingFileWriter.ChannelOpener opener, Executor io,
                    int queueCapacity) {
        this(root, root.resolve("recordings"), autoRecord, opener, io, queueCapacity);
    }

    RecorderFixture(Path root, Path folder, boolean autoRecord, RecordingFileWriter.ChannelOpener opener,
                    Executor io, int queueCapacity) {
        this.folder = folder;
        configDir = root.resolve("config");
        bus.subscribe(RecordingEvent.class, events::add);
        GameRecorder.Config config = new GameRecorder.Config("http://localhost:1/test", "rugdesk-test",
                Duration.ofSeconds(10), Duration.ofMillis(500), queueCapacity);
        recorder = new GameRecorder(bus, new RecordingSettings(folder, autoRecord), configDir, config, time,
                time.clock(), opener, io);
        started = recorder.start();
    }

    <T extends RecordingEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Path> files(String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> folder.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted().toList();
        }
    }

    List<RecordingReader.Recording> finishedRecordings() throws IOException {
        List<RecordingReader.Recording> all = new ArrayList<>();
        for (Path file : files("*.jsonl")) {
            all.add(new RecordingReader().read(file));
        }
        return all;
    }

    /** A whole game from cooldown to seed, auto-recorded or not. */
    void playGame(String gameId, int rugTick) {
        game.cooldown(gameId, io.rugdesk.game.Phase.RUGGED);
        game.start(gameId);
        for (int tick = 1; tick <= rugTick; tick++) {
            game.tick(gameId, tick);
        }
        game.rug(gameId, rugTick);
    }

    void publish(Event event) {
        bus.publish(event);
    }

    @Override
    public void close() {
        recorder.close();
        assertThat(busFailures).as("no subscriber threw").isEmpty();
    }
}
