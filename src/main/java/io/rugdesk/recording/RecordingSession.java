package io.rugdesk.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.game.GameEnded;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One open recording file and what the footer will say about it: the records handed to its writer, counted by
 * type, and the game's end as far as known. Thread: the recorder's (domain) thread only.
 */
final class RecordingSession {

    private static final int MAX_COUNTED_TYPES = 256;

    final QueuedRecordingWriter writer;
    String gameId;
    final boolean joinedMidGame;
    final long startedAt;
    long records;
    long ticks;
    long lateTicks;
    Integer lastTick;
    BigDecimal lastPrice;
    BigDecimal maxPrice;
    GameEnded.Reason endReason;
    Integer rugTick;
    BigDecimal rugPrice;
    String serverSeed;
    Boolean fair;
    DomainTimer.Handle timer;
    /** Orders submitted into this file that have neither an {@code orderConfirmed} nor an {@code orderFailed}. */
    final Set<Long> unsettledOrders = new HashSet<>();
    /** The seed (and verdict) are in: the footer waits only for {@link #unsettledOrders}. */
    boolean waitingForOrders;
    private final Map<String, Integer> recordsByType = new TreeMap<>();

    RecordingSession(QueuedRecordingWriter writer, String gameId, boolean joinedMidGame, long startedAt) {
        this.writer = writer;
        this.gameId = gameId;
        this.joinedMidGame = joinedMidGame;
        this.startedAt = startedAt;
    }

    boolean isFor(String id) {
        return gameId != null && gameId.equals(id);
    }

    /** Hands a record to the writer and counts it when taken. */
    QueuedRecordingWriter.Offer write(ObjectNode record) {
        QueuedRecordingWriter.Offer offer = writer.write(record);
        if (offer == QueuedRecordingWriter.Offer.QUEUED) {
            records++;
            String type = record.path("type").asText();
            if (recordsByType.size() < MAX_COUNTED_TYPES || recordsByType.containsKey(type)) {
                recordsByType.merge(type, 1, Integer::sum);
            }
        }
        return offer;
    }

    /**
     * Whether a tick arriving now is late: older than (or a repeat of) one this file already holds. A late tick
     * is written, marked, and does not move the file's last tick or price.
     */
    boolean isLate(int tick) {
        return lastTick != null && tick <= lastTick;
    }

    /** Counts a tick record that was taken. */
    void countTick(int tick, BigDecimal price, boolean late) {
        if (late) {
            lateTicks++;
            return;
        }
        ticks++;
        lastTick = tick;
        lastPrice = price;
        if (price != null && (maxPrice == null || price.compareTo(maxPrice) > 0)) {
            maxPrice = price;
        }
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

    /** Records by type so far (a copy). */
    Map<String, Integer> recordsByType() {
        return new TreeMap<>(recordsByType);
    }

    Path file() {
        return writer.finishedFile();
    }
}
