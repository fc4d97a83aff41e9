package io.rugdesk.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.Event;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.PlayerUpdate;
import java.math.BigDecimal;

/** Builds the records of docs/recording-format.md (and the user-facing failure text). Thread: stateless. */
final class RecordingRecords {

    private RecordingRecords() {
    }

    static ObjectNode header(Stamp stamp, RecordingSession session, String playerId, String username,
                             GameRecorder.Config config, boolean autoRecord, String trigger, String serverSeedHash) {
        ObjectNode header = RecordingJson.record("header", stamp.receivedAt());
        header.put("schema", RecordingJson.SCHEMA);
        header.put("gameId", session.gameId);
        header.put("joinedMidGame", session.joinedMidGame);
        if (playerId == null && username == null) {
            header.putNull("player");
        } else {
            ObjectNode player = header.putObject("player");
            player.put("id", playerId);
            player.put("username", username);
        }
        header.put("server", config.server());
        header.put("client", config.client());
        ObjectNode recorded = header.putObject("settings");
        recorded.put("autoRecord", autoRecord);
        recorded.put("trigger", trigger);
        recorded.put("seedGraceMs", config.seedGrace().toMillis());
        header.put("serverSeedHash", serverSeedHash);
        return header;
    }

    static ObjectNode gameStarted(GameStarted started) {
        ObjectNode record = RecordingJson.record("gameStarted", started.stamp().receivedAt());
        record.put("tick", started.tick());
        record.put("joinedMidGame", started.joinedMidGame());
        record.put("serverSeedHash", started.serverSeedHash());
        return record;
    }

    static ObjectNode phase(PhaseChanged change) {
        ObjectNode record = RecordingJson.record("phase", change.stamp().receivedAt());
        record.put("from", change.from().name());
        record.put("to", change.to().name());
        return record;
    }

    static ObjectNode gameEnded(Stamp stamp, GameEnded.Reason reason, Integer rugTick, BigDecimal rugPrice) {
        ObjectNode record = RecordingJson.record("gameEnded", stamp.receivedAt());
        record.put("reason", reason.name());
        if (rugTick == null) {
            record.putNull("rugTick");
        } else {
            record.put("rugTick", rugTick);
        }
        RecordingJson.putDecimal(record, "rugPrice", rugPrice);
        return record;
    }

    static ObjectNode seedRevealed(SeedRevealed seed) {
        ObjectNode record = RecordingJson.record("seedRevealed", seed.stamp().receivedAt());
        record.put("serverSeed", seed.serverSeed());
        record.put("serverSeedHash", seed.serverSeedHash());
        ArrayNode prices = record.putArray("prices");
        seed.prices().forEach(p -> prices.add(p.toPlainString()));
        return record;
    }

    static ObjectNode generic(Event event) {
        String type = event instanceof PlayerUpdate ? "serverState" : event instanceof FeedEvent ? "feed" : "event";
        ObjectNode record = RecordingJson.record(type, event.stamp().receivedAt());
        record.put("seq", event.stamp().seq());
        record.put("event", event.getClass().getSimpleName());
        String pkg = event.getClass().getPackageName();
        record.put("source", pkg.substring(pkg.lastIndexOf('.') + 1));
        JsonNode fields = RecordingJson.fieldsOf(event);
        if (fields instanceof ObjectNode object) {
            object.remove("stamp");
        }
        record.set("fields", fields);
        return record;
    }

    static String diskFailure(RecordingSession session, Exception e) {
        return "Recording of game " + session.gameId + " stopped: cannot write " + session.writer.partialFile()
                + " (" + cause(e) + "). Trading goes on; the lines written so far are kept.";
    }

    static String cause(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
