package io.rugdesk.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.UnknownEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Shared pieces of the loopback tests: a frame decoder that keeps every frame's JSON text (the real codec is
 * still a stub; every frame becomes an {@link UnknownEvent} carrying its event name), the capture's frames as
 * the server will send them, and a tree comparison that treats numbers by value.
 */
final class FeedTestRig {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** A frame as received or as expected: event name and the JSON array of its arguments. */
    record Frame(String eventName, String argumentsJson) { }

    /** Decoder that records each frame. */
    static final class RecordingDecoder implements FrameDecoder {
        final List<Frame> frames = new CopyOnWriteArrayList<>();

        @Override
        public FeedEvent decode(String eventName, String argumentsJsonArray, Stamp stamp) {
            frames.add(new Frame(eventName, argumentsJsonArray));
            return new UnknownEvent(stamp, eventName, argumentsJsonArray);
        }

        long count(String eventName) {
            return frames.stream().filter(f -> f.eventName().equals(eventName)).count();
        }
    }

    private FeedTestRig() {
    }

    static EventBus failingBus(List<Throwable> failures) {
        return EventBus.direct(failure -> failures.add(failure.error()));
    }

    /** The server events of a capture in order, rebuilt as fixtures/README.md says. */
    static List<Frame> captureFrames(Path capture) {
        List<Frame> frames = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(capture)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = JSON.readTree(line);
                String event = record.path("event").asText();
                if (event.isEmpty() || event.equals("connect") || record.path("direction").asText().equals("sent")) {
                    continue;
                }
                JsonNode data = record.get("data");
                boolean traced = data.isArray() && data.size() == 2 && data.get(0).path("__trace").asBoolean();
                JsonNode args = traced ? data : JSON.createArrayNode().add(data);
                frames.add(new Frame(event, JSON.writeValueAsString(args)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frames;
    }

    /** True when both JSON texts hold the same tree, numbers compared by value (1.50 equals 1.5). */
    static boolean sameJson(String expected, String actual) {
        try {
            Comparator<JsonNode> byValue = (a, b) -> {
                if (a.equals(b)) {
                    return 0;
                }
                return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
            };
            return JSON.readTree(expected).equals(byValue, JSON.readTree(actual));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
