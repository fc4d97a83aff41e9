package io.rugdesk.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.Event;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameEvent;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseAnomaly;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.verify.FairnessChecked;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.protocol.UsernameStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each game as this client lived it (docs/recording-format.md), with the auto-record policy: off by
 * default; when on, a new file at every {@link GameStarted} (a game joined mid-way says so in the header),
 * closed at {@link GameEnded} once the seed arrived or the grace period ran out. Never two files for one game,
 * never a second start while recording, no auto start in cooldown. Manual {@link RequestStartRecording} and
 * {@link RequestStopRecording} at any time; {@link RequestAutoRecord} toggles (and persists) the policy.
 *
 * <p>Any event it does not know specially (trades, verification, connection, player updates) is written as a
 * generic {@code event} record with its type name and fields. A disk error ends the recording with
 * {@link RecordingFailed}; nothing is thrown into the bus.
 *
 * <p>Thread: the domain thread. It subscribes to the bus in its constructor; every method runs on the bus's
 * delivery thread, and so do the timer's tasks ({@link DomainTimer}). {@link #close()} unsubscribes.
 */
public final class GameRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GameRecorder.class);
    private static final int MAX_CLOSING = 4;
    private static final int REMEMBERED_GAMES = 64;

    /**
     * @param server      the server URL written in headers
     * @param client      the client name and version written in headers
     * @param seedGrace   how long a footer waits after the game ended for the seed (default 10 s)
     * @param verdictWait how long after the seed it waits for a fairness verdict (default 500 ms; zero: none)
     */
    public record Config(String server, String client, Duration seedGrace, Duration verdictWait) {
        public Config {
            Objects.requireNonNull(seedGrace, "seedGrace");
            Objects.requireNonNull(verdictWait, "verdictWait");
        }

        public static Config defaults(String server, String client) {
            return new Config(server, client, Duration.ofSeconds(10), Duration.ofMillis(500));
        }
    }

    private final EventBus bus;
    private final Config config;
    private final Path configDir;
    private final DomainTimer timer;
    private final Clock clock;
    private final RecordingFileWriter.ChannelOpener opener;
    private final AutoCloseable subscription;

    private RecordingSettings settings;
    private RecordingSession live;
    private final ArrayDeque<RecordingSession> closing = new ArrayDeque<>();
    private final LinkedHashSet<String> recordedGames = new LinkedHashSet<>();
    private String currentGameId;
    private Phase phase = Phase.UNKNOWN;
    private boolean gameLive;
    private TickObserved lastTickSeen;
    private String playerId;
    private String username;
    private boolean closed;

    /**
     * @param settings  folder and initial auto-record setting
     * @param configDir where a changed auto-record setting is saved ({@link RecordingSettings#save}); null: not saved
     * @param opener    opens files ({@link RecordingFileWriter.ChannelOpener#FILES}; tests simulate failing disks)
     */
    public GameRecorder(EventBus bus, RecordingSettings settings, Path configDir, Config config,
                        DomainTimer timer, Clock clock, RecordingFileWriter.ChannelOpener opener) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.configDir = configDir;
        this.config = Objects.requireNonNull(config, "config");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.subscription = bus.subscribe(Event.class, this::onEvent);
    }

    /** Whether auto-record is on. */
    public boolean autoRecord() {
        return settings.autoRecord();
    }

    /** Whether a game is being recorded now (not counting files waiting for their seed). */
    public boolean isRecording() {
        return live != null;
    }

    private void onEvent(Event event) {
        if (closed) {
            return;
        }
        try {
            dispatch(event);
        } catch (RuntimeException e) {
            LOG.error("recorder failed on {}", event, e);
            if (live != null) {
                fail(live, "internal error while recording (" + e + ")");
            }
        }
    }

    private void dispatch(Event event) {
        if (event instanceof RecordingEvent recording) {
            onRecordingEvent(recording);
        } else if (event instanceof GameEvent game) {
            onGameEvent(game);
        } else if (event instanceof GameStateUpdate) {
            return; // every frame would bloat the file; its prices arrive as TickObserved, its phases as PhaseChanged
        } else if (event instanceof FairnessChecked verdict) {
            onFairnessChecked(verdict);
        } else {
            rememberPlayer(event);
            writeGeneric(event);
        }
    }

    private void onRecordingEvent(RecordingEvent event) {
        if (event instanceof RequestStartRecording start) {
            manualStart(start.stamp());
        } else if (event instanceof RequestStopRecording stop) {
            manualStop(stop.stamp());
        } else if (event instanceof RequestAutoRecord auto) {
            setAutoRecord(auto.stamp(), auto.enabled());
        } // else: our own facts
    }

    private void onGameEvent(GameEvent event) {
        if (event instanceof GameStarted started) {
            onGameStarted(started);
        } else if (event instanceof TickObserved tick) {
            onTick(tick);
        } else if (event instanceof PhaseChanged change) {
            onPhaseChanged(change);
        } else if (event instanceof GameEnded ended) {
            onGameEnded(ended);
        } else if (event instanceof SeedRevealed seed) {
            onSeedRevealed(seed);
        } else if (event instanceof PhaseAnomaly anomaly) {
            writeGeneric(anomaly);
        }
    }

    private void onGameStarted(GameStarted started) {
        currentGameId = started.gameId();
        gameLive = true;
        if (live != null && live.gameId != null && !live.isFor(started.gameId())) {
            endLive(started.stamp(), GameEnded.Reason.ABANDONED, null, null); // the lifecycle missed an end
        }
        if (live != null && live.gameId == null) {
            live.gameId = started.gameId();
            recordedGames.add(started.gameId());
        }
        if (live == null && settings.autoRecord() && !recordedGames.contains(started.gameId())) {
            start(started.stamp(), started.gameId(), started.joinedMidGame(), "auto", started.serverSeedHash());
        }
        if (live != null && live.isFor(started.gameId())) {
            write(live, RecordingRecords.gameStarted(started));
        }
    }

    private void onTick(TickObserved tick) {
        lastTickSeen = tick;
        if (live != null && live.isFor(tick.gameId())) {
            try {
                live.writeTick(tick.stamp().receivedAt(), tick.tick(), tick.price(), tick.phase().name());
            } catch (IOException e) {
                fail(live, RecordingRecords.diskFailure(live, e));
            }
        }
    }

    private void onPhaseChanged(PhaseChanged change) {
        phase = change.to();
        if (change.to() != Phase.RUGGED) {
            currentGameId = change.gameId();
        }
        if (change.to() == Phase.COOLDOWN || change.to() == Phase.PRESALE) {
            gameLive = false; // a new round is announced even if the old one's end was missed
        }
        if (live != null && live.gameId == null && change.to() != Phase.RUGGED
                && !recordedGames.contains(change.gameId())) {
            live.gameId = change.gameId(); // a manual start between games adopts the next game
            recordedGames.add(change.gameId());
        }
        if (live != null && live.isFor(change.gameId())) {
            write(live, RecordingRecords.phase(change));
        }
    }

    private void onGameEnded(GameEnded ended) {
        if (ended.gameId().equals(currentGameId)) {
            gameLive = false;
        }
        if (live != null && live.isFor(ended.gameId())) {
            endLive(ended.stamp(), ended.reason(), ended.rugTick(), ended.rugPrice());
        }
    }

    private void endLive(Stamp stamp, GameEnded.Reason reason, Integer rugTick, BigDecimal rugPrice) {
        RecordingSession session = live;
        ObjectNode record = RecordingRecords.gameEnded(stamp, reason, rugTick, rugPrice);
        session.endReason = reason;
        session.rugTick = rugTick;
        session.rugPrice = rugPrice;
        if (!write(session, record)) {
            return;
        }
        live = null;
        closing.addLast(session);
        session.timer = timer.after(config.seedGrace(), () -> closeWaiting(session));
        while (closing.size() > MAX_CLOSING) {
            RecordingSession oldest = closing.peekFirst();
            finish(oldest, oldest.endedOutcome());
        }
    }

    private void onSeedRevealed(SeedRevealed seed) {
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            if (session.isFor(seed.gameId()) && session.serverSeed == null) {
                session.serverSeed = seed.serverSeed();
                if (!write(session, RecordingRecords.seedRevealed(seed))) {
                    return;
                }
                session.cancelTimer();
                if (session.fair != null || config.verdictWait().isZero()) {
                    finish(session, session.endedOutcome());
                } else {
                    session.timer = timer.after(config.verdictWait(), () -> closeWaiting(session));
                }
            }
        }
    }

    private void onFairnessChecked(FairnessChecked verdict) {
        String gameId = verdict.gameId();
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            if (session.isFor(gameId)) {
                session.fair = verdict.ok();
                if (!write(session, RecordingRecords.generic(verdict))) {
                    return;
                }
                if (session.serverSeed != null) {
                    session.cancelTimer();
                    finish(session, session.endedOutcome());
                }
            }
        }
        if (live != null && live.isFor(gameId)) {
            write(live, RecordingRecords.generic(verdict));
        }
    }

    private void closeWaiting(RecordingSession session) {
        if (!closed && closing.contains(session)) {
            finish(session, session.endedOutcome());
        }
    }

    private void manualStart(Stamp stamp) {
        if (live != null) {
            refuse(stamp, "Already recording game " + live.gameId + " to " + live.file().getFileName() + ".");
            return;
        }
        String gameId = gameLive || phase == Phase.COOLDOWN || phase == Phase.PRESALE ? currentGameId : null;
        if (gameId != null && recordedGames.contains(gameId)) {
            refuse(stamp, "Game " + gameId + " was already recorded; one game gets one file.");
            return;
        }
        start(stamp, gameId, gameLive, "manual", null);
    }

    private void manualStop(Stamp stamp) {
        if (live == null) {
            refuse(stamp, "Not recording.");
            return;
        }
        finish(live, Outcome.STOPPED);
    }

    private void setAutoRecord(Stamp stamp, boolean enabled) {
        settings = settings.withAutoRecord(enabled);
        if (configDir != null) {
            try {
                settings.save(configDir);
            } catch (IOException e) {
                LOG.warn("cannot save auto-record setting in {}: {}", configDir, e.toString());
            }
        }
        bus.publish(new AutoRecordChanged(stamp, enabled));
        boolean midGame = gameLive && phase == Phase.ACTIVE && currentGameId != null;
        if (enabled && live == null && midGame && !recordedGames.contains(currentGameId)) {
            start(stamp, currentGameId, true, "auto", null);
        }
    }

    private void start(Stamp stamp, String gameId, boolean joinedMidGame, String trigger, String serverSeedHash) {
        RecordingFileWriter writer;
        try {
            writer = RecordingFileWriter.open(settings.folder(), clock.instant(), gameId, opener);
        } catch (IOException | RuntimeException e) {
            failed("Recording could not start: cannot create a file in " + settings.folder() + " ("
                    + RecordingRecords.cause(e) + "). Trading goes on.");
            return;
        }
        RecordingSession session = new RecordingSession(writer, gameId, joinedMidGame, clock.millis());
        live = session;
        if (gameId != null) {
            recordedGames.add(gameId);
            while (recordedGames.size() > REMEMBERED_GAMES) {
                recordedGames.remove(recordedGames.iterator().next());
            }
        }
        ObjectNode header = RecordingRecords.header(stamp, session, playerId, username, config,
                settings.autoRecord(), trigger, serverSeedHash);
        if (!write(session, header)) {
            return;
        }
        bus.publish(new RecordingStarted(stamp, session.file(), gameId, joinedMidGame));
        LOG.info("recording game {} to {}", gameId, session.file());
        TickObserved seen = lastTickSeen;
        if (seen != null && session.isFor(seen.gameId())) {
            onTick(seen); // the price on screen when recording began
        }
    }


    private void finish(RecordingSession session, Outcome outcome) {
        session.cancelTimer();
        closing.remove(session);
        if (live == session) {
            live = null;
        }
        try {
            Path file = session.writer.finish(session.footer(outcome, clock.millis()));
            bus.publish(new RecordingFinished(Stamp.local(0, clock.millis()), file, outcome));
            LOG.info("recorded game {} to {} ({})", session.gameId, file, outcome.wireName());
        } catch (IOException | RuntimeException e) {
            fail(session, RecordingRecords.diskFailure(session, e));
        }
    }

    /** Writes a record; on a disk error ends the session and returns false. */
    private boolean write(RecordingSession session, ObjectNode record) {
        try {
            session.write(record);
            return true;
        } catch (IOException e) {
            fail(session, RecordingRecords.diskFailure(session, e));
            return false;
        }
    }

    private void fail(RecordingSession session, String reason) {
        session.cancelTimer();
        closing.remove(session);
        if (live == session) {
            live = null;
        }
        try {
            session.writer.close();
        } catch (IOException e) {
            LOG.debug("closing failed recording {}", session.writer.partialFile(), e);
        }
        failed(reason);
    }

    private void failed(String reason) {
        LOG.warn(reason);
        bus.publish(new RecordingFailed(Stamp.local(0, clock.millis()), reason));
    }

    private void refuse(Stamp stamp, String reason) {
        bus.publish(new RecordingRefused(stamp, reason));
    }


    private void rememberPlayer(Event event) {
        if (event instanceof PlayerUpdate update && update.id() != null) {
            playerId = update.id();
        } else if (event instanceof UsernameStatus status) {
            playerId = status.id() != null ? status.id() : playerId;
            username = status.username();
        }
    }

    private void writeGeneric(Event event) {
        if (live != null) {
            write(live, RecordingRecords.generic(event));
        }
    }


    /**
     * Closes what is open (a game in progress as {@code stopped}, files waiting for a seed without it) and
     * unsubscribes.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (live != null) {
            finish(live, Outcome.STOPPED);
        }
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            finish(session, session.endedOutcome());
        }
        closed = true;
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("unsubscribe failed", e);
        }
    }
}
