package io.rugdesk.recording;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.SeedRevealed;
import java.math.BigDecimal;

import static io.rugdesk.recording.RecordingJson.putDecimal;
import static io.rugdesk.recording.RecordingJson.putInteger;

/**
 * Schema 2's records of the game itself (docs/recording-format.md): header, tick, gameStarted, phase,
 * gameEnded, seedRevealed and footer, each field written here by hand. The header, tick and footer keep the
 * names and fields of schema 1 (outside tools read them). Thread: stateless.
 */
final class GameRecords {

    private GameRecords() {
    }

    /** Who was logged in when the recording began; both null when nobody (or not yet known). */
    record Player(String id, String username) {
        static final Player NOBODY = new Player(null, null);
    }

    static ObjectNode header(Stamp stamp, RecordingSession session, Player player, GameRecorder.Config config,
                             boolean autoRecord, String trigger, String serverSeedHash) {
        ObjectNode header = RecordingJson.record("header", stamp.receivedAt());
        header.put("schema", RecordingJson.SCHEMA);
        header.put("gameId", session.gameId);
        header.put("joinedMidGame", session.joinedMidGame);
        if (player.id() == null && player.username() == null) {
            header.putNull("player");
        } else {
            ObjectNode who = header.putObject("player");
            who.put("id", player.id());
            who.put("username", player.username());
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

    /** A price as received; {@code late}: older than (or a repeat of) a tick already in the file. */
    static ObjectNode tick(Stamp stamp, int tick, BigDecimal price, Phase phase, boolean late) {
        ObjectNode record = RecordingJson.record("tick", stamp.receivedAt());
        record.put("seq", stamp.seq());
        record.put("tick", tick);
        putDecimal(record, "price", price);
        record.put("phase", phase.name());
        record.put("late", late);
        return record;
    }

    static ObjectNode gameStarted(GameStarted started) {
        ObjectNode record = RecordingJson.record("gameStarted", started.stamp().receivedAt());
        record.put("seq", started.stamp().seq());
        record.put("tick", started.tick());
        record.put("joinedMidGame", started.joinedMidGame());
        record.put("serverSeedHash", started.serverSeedHash());
        return record;
    }

    static ObjectNode phase(PhaseChanged change) {
        ObjectNode record = RecordingJson.record("phase", change.stamp().receivedAt());
        record.put("seq", change.stamp().seq());
        record.put("from", change.from().name());
        record.put("to", change.to().name());
        return record;
    }

    static ObjectNode gameEnded(Stamp stamp, GameEnded.Reason reason, Integer rugTick, BigDecimal rugPrice) {
        ObjectNode record = RecordingJson.record("gameEnded", stamp.receivedAt());
        record.put("seq", stamp.seq());
        record.put("reason", reason.name());
        putInteger(record, "rugTick", rugTick);
        putDecimal(record, "rugPrice", rugPrice);
        return record;
    }

    static ObjectNode seedRevealed(SeedRevealed seed) {
        ObjectNode record = RecordingJson.record("seedRevealed", seed.stamp().receivedAt());
        record.put("seq", seed.stamp().seq());
        record.put("serverSeed", seed.serverSeed());
        record.put("serverSeedHash", seed.serverSeedHash());
        ArrayNode prices = record.putArray("prices");
        seed.prices().forEach(p -> prices.add(p.toPlainString()));
        return record;
    }

    static ObjectNode footer(RecordingSession session, Outcome outcome, long now) {
        ObjectNode footer = RecordingJson.record("footer", now);
        footer.put("gameId", session.gameId);
        footer.put("outcome", outcome.wireName());
        footer.put("ticks", session.ticks);
        footer.put("lateTicks", session.lateTicks);
        putInteger(footer, "rugTick", session.rugTick);
        putDecimal(footer, "rugPrice", session.rugPrice);
        footer.put("serverSeed", session.serverSeed);
        if (session.fair == null) {
            footer.putNull("fair");
        } else {
            footer.put("fair", session.fair);
        }
        ObjectNode summary = footer.putObject("summary");
        summary.put("records", session.records + 1);
        summary.put("durationMs", now - session.startedAt);
        if (session.lastTick != null) {
            summary.put("lastTick", session.lastTick);
        }
        putDecimal(summary, "lastPrice", session.lastPrice);
        putDecimal(summary, "maxPrice", session.maxPrice);
        ObjectNode counts = summary.putObject("recordsByType");
        session.recordsByType().forEach(counts::put);
        counts.put("footer", 1);
        return footer;
    }

    /** The footer recovery appends to a file a crash left without one. */
    static ObjectNode incompleteFooter(String gameId, long ticks, long lateTicks, long lines, int unparsable,
                                       Integer lastTick, BigDecimal lastPrice, long now) {
        ObjectNode footer = RecordingJson.record("footer", now);
        footer.put("gameId", gameId);
        footer.put("outcome", Outcome.INCOMPLETE.wireName());
        footer.put("ticks", ticks);
        footer.put("lateTicks", lateTicks);
        footer.putNull("rugTick");
        footer.putNull("rugPrice");
        footer.putNull("serverSeed");
        footer.putNull("fair");
        ObjectNode summary = footer.putObject("summary");
        summary.put("recoveredLines", lines);
        summary.put("unparsableLines", unparsable);
        if (lastTick != null) {
            summary.put("lastTick", lastTick);
        }
        putDecimal(summary, "lastPrice", lastPrice);
        return footer;
    }

    static String diskFailure(java.nio.file.Path partial, Exception e) {
        return "Recording stopped: cannot write " + partial + " (" + cause(e)
                + "). Trading goes on; the lines written so far are kept.";
    }

    static String cause(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
