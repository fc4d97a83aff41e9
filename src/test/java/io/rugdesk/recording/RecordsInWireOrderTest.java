package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.FrameRejected;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.protocol.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, a fast replay's recordings: the frames of a game arrive while the domain thread is still busy with
 * earlier ones (the bus has queued them all), so each frame's consequences (the game's start, its ticks, its end)
 * are published behind frames that came after it on the wire. The recording must still hold every record in wire
 * order, exactly as when each frame is handled before the next arrives: the crowd's trade right after the game's
 * start is in the file (it was lost, the file not yet open), the unknown event sits between its ticks.
 */
class RecordsInWireOrderTest {

    private static final String GAME = "20251212-6114b2ff44ef4b71";

    @TempDir
    Path dir;

    /** What the domain thread has not run yet: the whole feed arrives before it gets to work. */
    private final ArrayDeque<Runnable> domain = new ArrayDeque<>();

    @Test
    void aGameWhoseFramesAllArriveBeforeTheDomainThreadRunsIsRecordedInWireOrder() throws IOException {
        List<String> backedUp = record(true);
        List<String> frameByFrame = record(false);

        // written out from the frames below, in their wire order (type@seq)
        List<String> wireOrder = List.of("gameStarted@1", "tick@1", "trade@2", "tick@3", "unknownEvent@4",
                "tick@5", "trade@6", "phase@7", "tick@7", "gameEnded@7");
        assertThat(frameByFrame).containsExactlyElementsOf(wireOrder);
        assertThat(backedUp).containsExactlyElementsOf(wireOrder);
    }

    /** Records the frames of one game; {@code backlog}: every frame queued before the first is delivered. */
    private List<String> record(boolean backlog) throws IOException {
        Path folder = dir.resolve(backlog ? "backlog" : "paced");
        EventBus bus = new EventBus(domain::add, failure -> {
            throw new AssertionError("subscriber failed: " + failure);
        });
        ManualTimer time = new ManualTimer(1_765_559_891_000L);
        new GameLifecycle(bus).start();
        GameRecorder recorder = new GameRecorder(bus, new RecordingSettings(folder, true), null,
                new GameRecorder.Config("test", "test", Duration.ofSeconds(10), Duration.ofMillis(500)), time,
                time.clock(), RecordingFileWriter.ChannelOpener.FILES, Runnable::run);
        recorder.start();
        WireCodec codec = new WireCodec();
        String[][] frames = {
            {"gameStateUpdate", state(true, false, 0, "1")},
            {"standard/newTrade", trade("t1", "buy", 0, "1")},
            {"gameStateUpdate", state(true, false, 1, "1.02")},
            {"newChatMessage", "[{\"message\":\"gm\",\"username\":\"someone\"}]"},
            {"gameStateUpdate", state(true, false, 2, "1.05")},
            {"standard/newTrade", trade("t2", "sell", 2, "1.05")},
            {"gameStateUpdate", state(true, true, 3, "0.01")},
        };
        for (int i = 0; i < frames.length; i++) {
            FeedEvent event = codec.decode(frames[i][0], frames[i][1], new Stamp(i + 1, time.clock().millis()));
            assertThat(event).as("frame %d decodes", i + 1).isNotInstanceOf(FrameRejected.class);
            bus.publish(event);
            if (!backlog) {
                runDomain();
            }
        }
        runDomain();
        recorder.close();
        return recordsBetweenHeaderAndFooter(folder);
    }

    private void runDomain() {
        for (Runnable task = domain.poll(); task != null; task = domain.poll()) {
            task.run();
        }
    }

    private static String state(boolean active, boolean rugged, int tick, String price) {
        return "[{\"gameId\":\"" + GAME + "\",\"active\":" + active + ",\"rugged\":" + rugged + ",\"price\":" + price
                + ",\"tickCount\":" + tick + ",\"cooldownTimer\":0,\"allowPreRoundBuys\":false}]";
    }

    private static String trade(String id, String type, int tick, String price) {
        return "[{\"id\":\"" + id + "\",\"gameId\":\"" + GAME + "\",\"playerId\":\"p1\",\"price\":" + price
                + ",\"type\":\"" + type + "\",\"qty\":5,\"tickIndex\":" + tick + ",\"coin\":\"solana\",\"amount\":5,"
                + "\"leverage\":1,\"username\":\"someone\",\"level\":1}]";
    }

    private static List<String> recordsBetweenHeaderAndFooter(Path folder) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        List<String> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode record = WireJson.mapper().readTree(line);
            String type = record.path("type").asText();
            if (!type.equals("header") && !type.equals("footer")) {
                records.add(type + "@" + record.path("seq").asText());
            }
        }
        return records;
    }
}
