package io.rugdesk.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.game.GameEnded;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One open recording file and what the footer will say about it. Thread: the recorder's (domain) thread only.
 */
final class RecordingSession {

    final RecordingFileWriter writer;
    String gameId;
    final boolean joinedMidGame;
    final long startedAt;
    long ticks;
    Integer lastTick;
    BigDecimal lastPrice;
    BigDecimal maxPrice;
    long skippedTicks;
    GameEnded.Reason endReason;
    Integer rugTick;
    BigDecimal rugPrice;
    String serverSeed;
    Boolean fair;
    DomainTimer.Handle timer;
    private final Map<String, Integer> eventCounts = new TreeMap<>();

    RecordingSession(RecordingFileWriter writer, String gameId, boolean joinedMidGame, long startedAt) {
        this.writer = writer;
        this.gameId = gameId;
        this.joinedMidGame = joinedMidGame;
        this.startedAt = startedAt;
    }

    boolean isFor(String id) {
        return gameId != null && gameId.equals(id);
    }

    void write(ObjectNode record) throws IOException {
        writer.write(record);
        String type = record.path("type").asText();
        String key = "event".equals(type) ? record.path("event").asText(type) : type;
        if (eventCounts.size() < 256 || eventCounts.containsKey(key)) {
            eventCounts.merge(key, 1, Integer::sum);
        }
    }

    /** Writes a tick if it moves forward; returns false (and counts it) for a repeat or regression. */
    boolean writeTick(long t, int tick, BigDecimal price, String phase) throws IOException {
        if (lastTick != null && tick <= lastTick) {
            skippedTicks++;
            return false;
        }
        ObjectNode record = RecordingJson.record("tick", t);
        record.put("tick", tick);
        RecordingJson.putDecimal(record, "price", price);
        record.put("phase", phase);
        write(record);
        ticks++;
        lastTick = tick;
        lastPrice = price;
        if (price != null && (maxPrice == null || price.compareTo(maxPrice) > 0)) {
            maxPrice = price;
        }
        return true;
    }

    void cancelTimer() {
        if (timer != null) {
            timer.close();
            timer = null;
        }
    }

    Outcome endedOutcome() {
        return endReason == GameEnded.Reason.ABANDONED ? Outcome.ABANDONED : Outcome.RUGGED;
    }

    ObjectNode footer(Outcome outcome, long now) {
        ObjectNode footer = RecordingJson.record("footer", now);
        footer.put("gameId", gameId);
        footer.put("outcome", outcome.wireName());
        footer.put("ticks", ticks);
        if (rugTick == null) {
            footer.putNull("rugTick");
        } else {
            footer.put("rugTick", rugTick);
        }
        RecordingJson.putDecimal(footer, "rugPrice", rugPrice);
        footer.put("serverSeed", serverSeed);
        if (fair == null) {
            footer.putNull("fair");
        } else {
            footer.put("fair", fair);
        }
        ObjectNode summary = footer.putObject("summary");
        summary.put("records", writer.records() + 1);
        summary.put("durationMs", now - startedAt);
        if (lastTick != null) {
            summary.put("lastTick", lastTick);
        }
        RecordingJson.putDecimal(summary, "lastPrice", lastPrice);
        RecordingJson.putDecimal(summary, "maxPrice", maxPrice);
        summary.put("skippedTicks", skippedTicks);
        ObjectNode counts = summary.putObject("recordsByType");
        eventCounts.forEach(counts::put);
        return footer;
    }

    Path file() {
        return writer.finishedFile();
    }
}
