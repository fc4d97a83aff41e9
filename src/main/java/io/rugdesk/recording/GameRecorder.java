package io.rugdesk.recording;

import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.Event;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.feed.Reconnected;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.game.TickArrivedLate;
import io.rugdesk.game.TickObserved;
import io.rugdesk.protocol.CurrentSidebetResult;
import io.rugdesk.trading.OrderSubmitted;
import io.rugdesk.trading.PlayerIdentified;
import io.rugdesk.trading.StrategyFilled;
import io.rugdesk.verify.FairnessChecked;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each game as this client lived it (docs/recording-format.md), with the auto-record policy: off by
 * default; when on, a new file at every {@link GameStarted} (a game joined mid-way says so in the header),
 * closed at {@link GameEnded} once the seed arrived or the grace period ran out. Never two files for one game,
 * never a second start while recording, no auto start in cooldown. Manual {@link RequestStartRecording} and
 * {@link RequestStopRecording} at any time; {@link RequestAutoRecord} toggles (and persists) the policy.
 *
 * <p>This class is the policy; its parts each do one job: {@link GameTracker} (where the game stands),
 * {@link PlayerIdentity} (who is logged in, from {@code PlayerIdentified}), {@link AutoRecordSetting} (the
 * setting and its store), {@link RecordingFiles} (files, footers, failures) and {@link EventRecords} (which
 * other events are recorded, and how). Every event type it reacts to has a subscription of its own; every
 * other event is written when {@link EventRecords} has a record type for it. A disk error ends the recording
 * with {@link RecordingFailed}; nothing is thrown into the bus.
 *
 * <p>Thread: the domain thread. The constructor keeps its dependencies, {@link #start()} subscribes; every
 * handler runs on the bus's delivery thread, and so do the timer's tasks ({@link DomainTimer}). The files are
 * written on the {@code io} executor (its own writer thread unless one is given). {@link #close()} finishes the
 * files and unsubscribes.
 */
public final class GameRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GameRecorder.class);
    private static final int REMEMBERED_GAMES = 64;
    private static final Duration WRITER_DRAIN = Duration.ofSeconds(10);

    /**
     * @param server        the server URL written in headers
     * @param client        the client name and version written in headers
     * @param seedGrace     how long a footer waits after the game ended for the seed (default 10 s)
     * @param verdictWait   how long after the seed it waits for a fairness verdict (default 500 ms; zero: none)
     * @param queueCapacity records a file may have waiting for the disk before the recording fails (default 8192)
     */
    public record Config(String server, String client, Duration seedGrace, Duration verdictWait, int queueCapacity) {
        public static final int DEFAULT_QUEUE_CAPACITY = 8192;

        public Config {
            Objects.requireNonNull(seedGrace, "seedGrace");
            Objects.requireNonNull(verdictWait, "verdictWait");
            if (queueCapacity < 1) {
                throw new IllegalArgumentException("queueCapacity must be positive, was " + queueCapacity);
            }
        }

        public Config(String server, String client, Duration seedGrace, Duration verdictWait) {
            this(server, client, seedGrace, verdictWait, DEFAULT_QUEUE_CAPACITY);
        }

        public static Config defaults(String server, String client) {
            return new Config(server, client, Duration.ofSeconds(10), Duration.ofMillis(500));
        }
    }

    private final Config config;
    private final AutoRecordSetting setting;
    private final GameTracker game = new GameTracker();
    private final PlayerIdentity player = new PlayerIdentity();
    private final RecordingFiles files;
    private final EventBus bus;
    private final RecordingWriterThread ownWriter;
    private final Subscriptions subscriptions = new Subscriptions();
    private final LinkedHashSet<String> recordedGames = new LinkedHashSet<>();
    private final Set<Class<?>> unknownTypesLogged = new HashSet<>();
    private boolean closed;

    /**
     * A recorder with its own writer thread (ended by {@link #close()}).
     *
     * @param settings  folder and initial auto-record setting
     * @param configDir where a changed auto-record setting is saved ({@link RecordingSettings}); null: not saved
     * @param opener    opens files ({@link RecordingFileWriter.ChannelOpener#FILES}; tests simulate failing disks)
     */
    public GameRecorder(EventBus bus, RecordingSettings settings, Path configDir, Config config,
                        DomainTimer timer, Clock clock, RecordingFileWriter.ChannelOpener opener) {
        this(bus, settings, configDir, config, timer, clock, opener, null);
    }

    /**
     * A recorder whose files are written on {@code io} (tasks run one at a time, in order; tests pass
     * {@code Runnable::run}); null: a writer thread of its own.
     */
    public GameRecorder(EventBus bus, RecordingSettings settings, Path configDir, Config config,
                        DomainTimer timer, Clock clock, RecordingFileWriter.ChannelOpener opener, Executor io) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.config = Objects.requireNonNull(config, "config");
        this.setting = new AutoRecordSetting(settings, configDir);
        this.ownWriter = io == null ? RecordingWriterThread.start() : null;
        this.files = new RecordingFiles(bus, config, timer, clock, opener, io != null ? io : ownWriter);
    }

    /**
     * Subscribes to the bus (domain thread); the handle unsubscribes. {@link #close()} is what finishes the files
     * (a game in progress ends {@code stopped}) and unsubscribes too.
     */
    public AutoCloseable start() {
        if (closed || subscriptions.size() > 0) {
            throw new IllegalStateException(closed ? "recorder closed" : "recorder already started");
        }
        on(GameStarted.class, this::onGameStarted);
        on(TickObserved.class, this::onTick);
        on(TickArrivedLate.class, this::onLateTick);
        on(PhaseChanged.class, this::onPhaseChanged);
        on(GameEnded.class, this::onGameEnded);
        on(SeedRevealed.class, files::seedRevealed);
        on(FairnessChecked.class, files::fairnessChecked);
        on(StrategyFilled.class, fill -> files.writeForGame(fill.gameId(), EventRecords.of(fill)));
        on(PlayerIdentified.class, player::identified);
        on(Reconnected.class, reconnected -> player.forget());
        on(RequestStartRecording.class, start -> manualStart(start.stamp()));
        on(RequestStopRecording.class, stop -> manualStop(stop.stamp()));
        on(RequestAutoRecord.class, auto -> setAutoRecord(auto.stamp(), auto.enabled()));
        on(RecordingFailed.class, failed -> {
            if (failed.partialFile() != null) {
                files.writerFailed(failed.partialFile());
            }
        });
        on(Event.class, this::writeEventRecord);
        return subscriptions::close;
    }

    /** Whether auto-record is on. */
    public boolean autoRecord() {
        return setting.on();
    }

    /** Where recordings go. */
    public Path folder() {
        return setting.folder();
    }

    /** Whether a game is being recorded now (not counting files waiting for their seed). */
    public boolean isRecording() {
        return files.live() != null;
    }

    private <E> void on(Class<E> type, Consumer<? super E> handler) {
        subscriptions.add(bus.subscribe(type, event -> {
            if (closed) {
                return;
            }
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                LOG.error("recorder failed on {}", event, e);
                RecordingSession live = files.live();
                if (live != null) {
                    files.fail(live, "Recording stopped: internal error while recording (" + e + ")");
                }
            }
        }));
    }

    private void onGameStarted(GameStarted started) {
        game.started(started);
        RecordingSession live = files.live();
        if (live != null && live.gameId != null && !live.isFor(started.gameId())) {
            files.endLive(started.stamp(), GameEnded.Reason.ABANDONED, null, null); // the lifecycle missed an end
        }
        live = files.live();
        if (live != null && live.gameId == null) {
            adopt(live, started.gameId());
        }
        if (files.live() == null && setting.on() && !recordedGames.contains(started.gameId())) {
            start(started.stamp(), started.gameId(), started.joinedMidGame(), "auto", started.serverSeedHash());
        }
        live = files.live();
        if (live != null && live.isFor(started.gameId())) {
            files.write(live, GameRecords.gameStarted(started));
        }
        files.forgetUnfiled();
    }

    private void onTick(TickObserved tick) {
        game.ticked(tick);
        RecordingSession live = files.live();
        if (live != null && live.isFor(tick.gameId())) {
            files.writeTick(live, tick.stamp(), tick.tick(), tick.price(), tick.phase(), false);
        }
    }

    private void onLateTick(TickArrivedLate tick) {
        RecordingSession live = files.live();
        if (live != null && live.isFor(tick.gameId())) {
            files.writeTick(live, tick.stamp(), tick.tick(), tick.price(), tick.phase(), true);
        }
    }

    private void onPhaseChanged(PhaseChanged change) {
        game.phaseChanged(change);
        RecordingSession live = files.live();
        if (live != null && live.gameId == null && change.to() != Phase.RUGGED
                && !recordedGames.contains(change.gameId())) {
            adopt(live, change.gameId()); // a manual start between games adopts the next game
        }
        if (live != null && live.isFor(change.gameId())) {
            files.write(live, GameRecords.phase(change));
        }
    }

    private void onGameEnded(GameEnded ended) {
        game.ended(ended);
        RecordingSession live = files.live();
        if (live != null && live.isFor(ended.gameId())) {
            files.endLive(ended.stamp(), ended.reason(), ended.rugTick(), ended.rugPrice());
        }
    }

    private void writeEventRecord(Event event) {
        Class<?> type = event.getClass();
        if (EventRecords.writes(type)) {
            Long orderId = OrderFiles.orderIdOf(event);
            RecordingSession live = files.live();
            if (orderId != null) { // an order's records go to its game's file, even after that game ended
                files.writeOrderRecord(orderId, EventRecords.of(event), event instanceof OrderSubmitted,
                        OrderFiles.settles(event));
            } else if (event instanceof CurrentSidebetResult result) {
                // a won sidebet is settled at the rug, after the rugged state update ended the game
                files.writeForGame(result.gameId(), EventRecords.of(event));
            } else if (live != null && !(event instanceof FairnessChecked) && !(event instanceof StrategyFilled)) {
                // verdicts and a bot's fills (the rug's liquidation comes after the game ended) go to their game's file
                files.write(live, EventRecords.of(event));
            }
        } else if (!(event instanceof RecordingEvent) && !EventRecords.WRITTEN_BY_THE_RECORDER.contains(type)
                && !EventRecords.deliberatelyNotRecorded(type) && unknownTypesLogged.add(type)) {
            LOG.warn("{} has no record type in the recording schema (EventRecords): not recorded", type.getName());
        }
    }

    private void manualStart(Stamp stamp) {
        RecordingSession live = files.live();
        if (live != null) {
            refuse(stamp, "Already recording game " + live.gameId + " to " + live.file().getFileName() + ".");
            return;
        }
        String gameId = game.gameToRecordNow();
        if (gameId != null && recordedGames.contains(gameId)) {
            refuse(stamp, "Game " + gameId + " was already recorded; one game gets one file.");
            return;
        }
        start(stamp, gameId, game.gameLive(), "manual", null);
    }

    private void manualStop(Stamp stamp) {
        RecordingSession live = files.live();
        if (live == null) {
            refuse(stamp, "Not recording.");
            return;
        }
        files.finish(live, Outcome.STOPPED);
    }

    private void setAutoRecord(Stamp stamp, boolean enabled) {
        setting.set(enabled);
        bus.publish(new AutoRecordChanged(stamp, enabled));
        String active = game.activeGame();
        if (enabled && files.live() == null && active != null && !recordedGames.contains(active)) {
            start(stamp, active, true, "auto", null);
        }
    }

    private void start(Stamp stamp, String gameId, boolean joinedMidGame, String trigger, String serverSeedHash) {
        GameRecords.Player who = player.current();
        RecordingSession session = files.open(stamp, setting.folder(), gameId, joinedMidGame,
                opened -> GameRecords.header(stamp, opened, who, config, setting.on(), trigger, serverSeedHash));
        if (session == null) {
            return;
        }
        if (gameId != null) {
            remember(gameId);
        }
        TickObserved seen = game.lastTick();
        if (seen != null && session.isFor(seen.gameId())) {
            onTick(seen); // the price on screen when recording began
        }
    }

    private void adopt(RecordingSession live, String gameId) {
        live.gameId = gameId;
        remember(gameId);
    }

    private void remember(String gameId) {
        recordedGames.add(gameId);
        while (recordedGames.size() > REMEMBERED_GAMES) {
            recordedGames.remove(recordedGames.iterator().next());
        }
    }

    private void refuse(Stamp stamp, String reason) {
        bus.publish(new RecordingRefused(stamp, reason));
    }

    /**
     * Closes what is open (a game in progress as {@code stopped}, files waiting for a seed without it),
     * unsubscribes, and (with its own writer thread) waits up to 10 s until the files are on disk.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        files.finishAll();
        closed = true;
        subscriptions.close();
        if (ownWriter != null) {
            ownWriter.drainAndStop(WRITER_DRAIN);
        }
    }
}
