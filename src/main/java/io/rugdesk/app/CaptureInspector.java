package io.rugdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.EventBus;
import io.rugdesk.feed.FrameIngress;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.protocol.CaptureFile;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.FrameRejected;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.UsernameStatus;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.protocol.WireJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code inspect} reports about a capture: every server record goes through the live path
 * ({@link FrameIngress}: codec → bus on a direct executor → {@link GameLifecycle}); the report is built from the
 * events on that bus. Sent records and the {@code connect} marker are counted, not decoded.
 *
 * <p>Thread: the calling thread runs the whole pipeline (the bus delivers directly); one instance per capture.
 */
public final class CaptureInspector {

    /** The report plus what does not belong in the issue-2 JSON (printed to stderr by the command). */
    public record Result(ObjectNode report, Map<String, Long> sentEvents, long markers,
                         List<CaptureFile.Malformed> malformed, long malformedCount) { }

    private static final class Game {
        final String gameId;
        boolean started;
        boolean joinedMidGame;
        boolean ended;
        GameEnded.Reason endReason;
        Integer firstTick;
        Integer lastTick;
        Integer rugTick;
        String rugPrice;
        boolean seedRevealed;

        Game(String gameId) {
            this.gameId = gameId;
        }
    }

    private final ObjectMapper mapper = WireJson.mapper();
    private final Map<String, Long> events = new LinkedHashMap<>();
    private final Map<String, Long> sent = new TreeMap<>();
    private final ArrayNode rejected = mapper.createArrayNode();
    private final Map<String, Game> games = new LinkedHashMap<>();
    private final Set<String> revealed = new HashSet<>();
    private ObjectNode usernamePlayer;
    private String playerUpdateId;
    private long markers;

    private CaptureInspector() {
    }

    /** Reads {@code capture} to the end and reports; fails only when the file cannot be read. */
    public static Result inspect(Path capture) throws IOException {
        return new CaptureInspector().run(capture);
    }

    private Result run(Path capture) throws IOException {
        // the bus lives only as long as this run, so its subscriptions are never closed one by one
        EventBus bus = EventBus.direct(failure -> { });
        FrameIngress ingress = new FrameIngress(new WireCodec(), bus, System::currentTimeMillis);
        GameLifecycle lifecycle = new GameLifecycle(bus);
        lifecycle.start();
        bus.subscribe(GameStateUpdate.class, this::onGameState);
        bus.subscribe(GameStarted.class, this::onStarted);
        bus.subscribe(GameEnded.class, this::onEnded);
        bus.subscribe(SeedRevealed.class, s -> revealed.add(s.gameId()));
        bus.subscribe(UsernameStatus.class, this::onUsername);
        bus.subscribe(PlayerUpdate.class, this::onPlayerUpdate);
        try (CaptureFile file = CaptureFile.open(capture)) {
            Optional<CaptureRecord> next;
            while ((next = file.read()).isPresent()) {
                accept(next.get(), ingress);
            }
            return new Result(report(lifecycle), Map.copyOf(sent), markers, file.malformed(),
                    file.malformedCount());
        }
    }

    private void accept(CaptureRecord record, FrameIngress ingress) {
        if (record.direction() == CaptureRecord.Direction.SENT) {
            sent.merge(record.eventName(), 1L, Long::sum);
            return;
        }
        if (record.isConnectMarker()) {
            markers++;
            return;
        }
        events.merge(record.eventName(), 1L, Long::sum);
        FeedEvent event = ingress.accept(record.eventName(), record.argumentsJson(), record.receivedAtMillis());
        if (event instanceof FrameRejected rejection) {
            rejected.addObject().put("seq", record.seq()).put("event", rejection.eventName())
                    .put("reason", rejection.reason());
        }
    }

    private void onGameState(GameStateUpdate update) {
        Game game = games.computeIfAbsent(update.gameId(), Game::new);
        if (update.active()) {
            if (game.firstTick == null) {
                game.firstTick = update.tickCount();
            }
            game.lastTick = update.tickCount();
        }
    }

    private void onStarted(GameStarted started) {
        Game game = games.computeIfAbsent(started.gameId(), Game::new);
        game.started = true;
        game.joinedMidGame = started.joinedMidGame();
    }

    private void onEnded(GameEnded end) {
        Game game = games.computeIfAbsent(end.gameId(), Game::new);
        game.ended = true;
        game.endReason = end.reason();
        game.rugTick = end.rugTick();
        game.rugPrice = end.rugPrice() == null ? null : end.rugPrice().toPlainString();
    }

    private void onUsername(UsernameStatus status) {
        if (status.id() != null) {
            usernamePlayer = mapper.createObjectNode().put("id", status.id()).put("username", status.username());
        }
    }

    private void onPlayerUpdate(PlayerUpdate update) {
        if (playerUpdateId == null && update.id() != null) {
            playerUpdateId = update.id();
        }
    }

    private ObjectNode report(GameLifecycle lifecycle) {
        ObjectNode report = mapper.createObjectNode();
        ObjectNode counts = report.putObject("events");
        events.forEach(counts::put);
        report.set("rejected", rejected);
        ArrayNode gameList = report.putArray("games");
        for (Game g : games.values()) {
            ObjectNode node = gameList.addObject();
            node.put("gameId", g.gameId).put("started", g.started).put("joinedMidGame", g.joinedMidGame)
                    .put("ended", g.ended).put("endReason", g.endReason == null ? null : g.endReason.name())
                    .put("firstTick", g.firstTick).put("lastTick", g.lastTick).put("rugTick", g.rugTick)
                    .put("rugPrice", g.rugPrice).put("seedRevealed", revealed.contains(g.gameId));
        }
        if (usernamePlayer != null) {
            report.set("player", usernamePlayer);
        } else if (playerUpdateId != null) {
            report.putObject("player").put("id", playerUpdateId).putNull("username");
        } else {
            report.putNull("player");
        }
        report.put("anomalies", lifecycle.anomalyCount());
        return report;
    }
}
