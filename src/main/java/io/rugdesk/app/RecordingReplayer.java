package io.rugdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.DaemonThreads;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.PhaseChanged;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.game.TickArrivedLate;
import io.rugdesk.game.TickObserved;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.verify.FairnessChecker;
import io.rugdesk.verify.FairnessMonitor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a recording back onto a bus as the game facts it was made of ({@link GameStarted}, {@link TickObserved},
 * {@link TickArrivedLate}, {@link PhaseChanged}, {@link GameEnded}, {@link SeedRevealed}), in file order (which
 * is arrival order), at the recorded pace times a speed factor, or
 * step by step. Subscribers (FairnessMonitor, the window's model) cannot tell it from a live game. Other records
 * (trades, server states, verdicts) are history, not facts to re-derive, and are not published.
 *
 * <p>Thread: its own {@value #THREAD} thread publishes; {@link #play}, {@link #pause}, {@link #step},
 * {@link #setSpeed} and {@link #close} may be called from any thread (they hand over to it); the getters are
 * safe from any thread (the window reads them in its snapshot).
 */
public final class RecordingReplayer implements AutoCloseable {

    /** Name of the replay thread. */
    public static final String THREAD = "rugdesk-replay";
    /** Longest pause replayed between two records (a recording may span an idle minute). */
    static final Duration MAX_GAP = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(RecordingReplayer.class);

    private record Item(long at, Object event) { }

    private final RecordingReader.Recording recording;
    private final List<Item> items;
    private final EventBus bus;
    private final ScheduledExecutorService thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int position;
    private volatile boolean playing;
    private volatile double speed = 1.0;
    private ScheduledFuture<?> next;

    /**
     * Starts the fairness check a live session runs ({@link FairnessMonitor} with the v3 price model) on
     * {@code bus}, so a replay checks the recorded prices against the revealed seed the same way; close it
     * (on the bus's domain thread) when the replay ends. Every replay, CLI or window, starts it.
     */
    public static FairnessMonitor startFairnessCheck(EventBus bus) {
        return new FairnessMonitor(bus, new FairnessChecker(PriceModel.v3())).start();
    }

    /** Reads {@code file} and prepares it, paused at the start. */
    public static RecordingReplayer open(Path file, EventBus bus) throws IOException {
        return new RecordingReplayer(new RecordingReader().read(file), bus);
    }

    public RecordingReplayer(RecordingReader.Recording recording, EventBus bus) {
        this.recording = Objects.requireNonNull(recording, "recording");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.items = facts(recording);
        this.thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(THREAD));
        if (items.isEmpty()) {
            finished.countDown();
        }
    }

    /**
     * The game facts a recording holds, in file (arrival) order, each with its recorded time. A late tick is
     * published as the {@link TickArrivedLate} the lifecycle published live, so the models ignore it again.
     */
    static List<Item> facts(RecordingReader.Recording recording) {
        String gameId = recording.gameId();
        List<Item> facts = new ArrayList<>();
        long seq = 0;
        int latestTick = -1;
        for (RecordingReader.Entry entry : recording.records()) {
            Stamp stamp = new Stamp(++seq, entry.t());
            Object fact;
            if (entry instanceof RecordingReader.Tick tick) {
                Phase phase = phase(tick.phase());
                fact = tick.late()
                        ? new TickArrivedLate(stamp, gameId, tick.tick(), tick.price(), phase, latestTick)
                        : new TickObserved(stamp, gameId, tick.tick(), tick.price(), phase);
                latestTick = tick.late() ? latestTick : tick.tick();
            } else {
                fact = fact(gameId, stamp, (RecordingReader.Other) entry);
            }
            if (fact != null) {
                facts.add(new Item(entry.t(), fact));
            }
        }
        return List.copyOf(facts);
    }

    private static Object fact(String gameId, Stamp stamp, RecordingReader.Other other) {
        JsonNode node = other.node();
        try {
            return switch (other.type()) {
                case "gameStarted" -> new GameStarted(stamp, gameId, node.path("tick").asInt(),
                        node.path("joinedMidGame").asBoolean(), text(node, "serverSeedHash"));
                case "phase" -> new PhaseChanged(stamp, gameId, phase(text(node, "from")), phase(text(node, "to")));
                case "gameEnded" -> new GameEnded(stamp, gameId, GameEnded.Reason.valueOf(text(node, "reason")),
                        node.path("rugTick").isNumber() ? node.path("rugTick").asInt() : null,
                        decimal(node.path("rugPrice")));
                case "seedRevealed" -> {
                    List<BigDecimal> prices = new ArrayList<>();
                    node.path("prices").forEach(p -> prices.add(decimal(p)));
                    yield new SeedRevealed(stamp, gameId, text(node, "serverSeed"), text(node, "serverSeedHash"),
                            prices);
                }
                default -> null;
            };
        } catch (RuntimeException bad) {
            LOG.warn("record {} at {} not replayed: {}", other.type(), other.t(), bad.toString());
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isTextual() || value.isNumber() ? new BigDecimal(value.asText()) : null;
    }

    private static Phase phase(String name) {
        try {
            return name == null ? Phase.UNKNOWN : Phase.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Phase.UNKNOWN;
        }
    }

    /** Plays from the current position at the current speed. */
    public void play() {
        thread.execute(() -> {
            if (!playing && position < items.size()) {
                playing = true;
                scheduleNext(0);
            }
        });
    }

    /** Pauses after the record being published. */
    public void pause() {
        thread.execute(() -> {
            playing = false;
            cancelNext();
        });
    }

    /** Publishes the next record while paused. */
    public void step() {
        thread.execute(() -> {
            if (!playing) {
                publishNext();
            }
        });
    }

    /** Speed factor (1: recorded pace); {@link Double#POSITIVE_INFINITY}: as fast as possible. */
    public void setSpeed(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("speed must be > 0, was " + factor);
        }
        thread.execute(() -> {
            speed = factor;
            if (playing) {
                cancelNext();
                scheduleNext(delayBefore(position));
            }
        });
    }

    private void scheduleNext(long delayMillis) {
        next = thread.schedule(this::playOne, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void playOne() {
        if (!playing) {
            return;
        }
        publishNext();
        // as fast as possible: a batch per task keeps pause responsive without one task per record
        for (int batch = 0; batch < 256 && playing && position < items.size() && delayBefore(position) == 0;
                batch++) {
            publishNext();
        }
        if (position < items.size()) {
            scheduleNext(delayBefore(position));
        } else {
            playing = false;
        }
    }

    private void publishNext() {
        if (position >= items.size()) {
            return;
        }
        bus.publish(items.get(position).event());
        position++;
        if (position == items.size()) {
            finished.countDown();
        }
    }

    private long delayBefore(int index) {
        if (index == 0 || index >= items.size() || Double.isInfinite(speed)) {
            return 0;
        }
        long gap = Math.min(Math.max(0, items.get(index).at() - items.get(index - 1).at()), MAX_GAP.toMillis());
        return (long) (gap / speed);
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    /** Waits until the last record was published; false when {@code timeout} passed first. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public RecordingReader.Recording recording() {
        return recording;
    }

    public String fileName() {
        return recording.file() == null ? null : recording.file().getFileName().toString();
    }

    /** Records published so far. */
    public int position() {
        return position;
    }

    /** Records this replay publishes in all. */
    public int length() {
        return items.size();
    }

    public boolean isPlaying() {
        return playing;
    }

    public double speed() {
        return speed;
    }

    public boolean isFinished() {
        return finished.getCount() == 0;
    }

    /** Stops and ends the replay thread; nothing more is published. */
    @Override
    public void close() {
        playing = false;
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("replay thread did not end within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
