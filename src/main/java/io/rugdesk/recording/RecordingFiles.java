package io.rugdesk.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameEnded;
import io.rugdesk.game.Phase;
import io.rugdesk.game.SeedRevealed;
import io.rugdesk.verify.FairnessChecked;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of recording files: the one file of the game being recorded ({@link #live}), files of ended games
 * waiting for their seed and fairness verdict (at most {@value #MAX_CLOSING}, each closed by its grace timer at
 * the latest), and how each ends: finished with a footer ({@link RecordingFinished}, published by the writer
 * once the file has its final name) or failed ({@link RecordingFailed}, the lines so far kept). Records go
 * through a {@link QueuedRecordingWriter} per file, so nothing here waits for the disk.
 *
 * <p>Thread: the domain thread; the writers' listeners run on the writer thread and only publish.
 */
final class RecordingFiles {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingFiles.class);
    private static final int MAX_CLOSING = 4;

    private final EventBus bus;
    private final GameRecorder.Config config;
    private final DomainTimer timer;
    private final Clock clock;
    private final RecordingFileWriter.ChannelOpener opener;
    private final Executor io;
    private RecordingSession live;
    private final ArrayDeque<RecordingSession> closing = new ArrayDeque<>();
    private final OrderFiles orders = new OrderFiles();
    /** Order records made while no file was live (a presale buy), for the next game's file. */
    private final ArrayDeque<Unfiled> unfiled = new ArrayDeque<>();

    private record Unfiled(long orderId, ObjectNode record, boolean submitted, boolean settles) { }

    private static final int MAX_UNFILED = 256;

    RecordingFiles(EventBus bus, GameRecorder.Config config, DomainTimer timer, Clock clock,
                   RecordingFileWriter.ChannelOpener opener, Executor io) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.config = Objects.requireNonNull(config, "config");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.io = Objects.requireNonNull(io, "io");
    }

    /** The file of the game being recorded, or null. */
    RecordingSession live() {
        return live;
    }

    /**
     * Opens a file for {@code gameId} (null: the next game, adopted later), writes its header and publishes
     * {@link RecordingStarted}; null (and {@link RecordingFailed}) when the file cannot be created.
     */
    RecordingSession open(Stamp stamp, Path folder, String gameId, boolean joinedMidGame,
                          Function<RecordingSession, ObjectNode> header) {
        RecordingFileWriter file;
        try {
            file = RecordingFileWriter.open(folder, clock.instant(), gameId, opener);
        } catch (IOException | RuntimeException e) {
            failed("Recording could not start: cannot create a file in " + folder + " (" + GameRecords.cause(e)
                    + "). Trading goes on.", null);
            return null;
        }
        RecordingSession session = new RecordingSession(
                new QueuedRecordingWriter(file, io, config.queueCapacity(), listener), gameId,
                joinedMidGame, clock.millis());
        live = session;
        if (!write(session, header.apply(session))) {
            return null;
        }
        fileUnfiled();
        bus.publish(new RecordingStarted(stamp, session.file(), gameId, joinedMidGame));
        LOG.info("recording game {} to {}", gameId, session.file());
        return session;
    }

    /** Writes a record; false when the session ended on it (its failure is reported). */
    boolean write(RecordingSession session, ObjectNode record) {
        QueuedRecordingWriter.Offer offer = session.write(record);
        switch (offer) {
            case QUEUED:
                return true;
            case QUEUE_FULL:
                fail(session, "Recording to " + session.writer.partialFile() + " stopped: the disk does not keep up ("
                        + config.queueCapacity() + " records waiting). Trading goes on; the lines written so far"
                        + " are kept.");
                return false;
            case CLOSED:
                forget(session); // the writer failed and reported it
                return false;
            default:
                throw new IllegalStateException("unknown offer " + offer);
        }
    }

    /** Writes a price to {@code session}, marked late when {@code late} or older than a tick it holds. */
    void writeTick(RecordingSession session, Stamp stamp, int tick, BigDecimal price, Phase phase, boolean late) {
        boolean isLate = late || session.isLate(tick);
        if (write(session, GameRecords.tick(stamp, tick, price, phase, isLate))) {
            session.countTick(tick, price, isLate);
        }
    }

    /** The live game ended: its file waits for the seed (grace period), the next game may record already. */
    void endLive(Stamp stamp, GameEnded.Reason reason, Integer rugTick, BigDecimal rugPrice) {
        RecordingSession session = live;
        session.endReason = reason;
        session.rugTick = rugTick;
        session.rugPrice = rugPrice;
        if (!write(session, GameRecords.gameEnded(stamp, reason, rugTick, rugPrice))) {
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

    void seedRevealed(SeedRevealed seed) {
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            if (session.isFor(seed.gameId()) && session.serverSeed == null) {
                session.serverSeed = seed.serverSeed();
                if (!write(session, GameRecords.seedRevealed(seed))) {
                    return;
                }
                session.cancelTimer();
                if (session.fair != null || config.verdictWait().isZero()) {
                    finishOnceOrdersSettled(session);
                } else {
                    session.timer = timer.after(config.verdictWait(), () -> closeWaiting(session));
                }
            }
        }
    }

    /** Writes {@code record} to the file of {@code gameId}: the live one or one waiting for its seed. */
    void writeForGame(String gameId, ObjectNode record) {
        if (live != null && live.isFor(gameId)) {
            write(live, record);
            return;
        }
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            if (session.isFor(gameId)) {
                write(session, record);
                return;
            }
        }
    }

    void fairnessChecked(FairnessChecked verdict) {
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            if (session.isFor(verdict.gameId())) {
                session.fair = verdict.ok();
                if (!write(session, EventRecords.of(verdict))) {
                    return;
                }
                if (session.serverSeed != null) {
                    session.cancelTimer();
                    finishOnceOrdersSettled(session);
                }
            }
        }
        if (live != null && live.isFor(verdict.gameId())) {
            write(live, EventRecords.of(verdict));
        }
    }

    /**
     * Writes the record of an event about an order into the file its {@code orderSubmitted} went to while that
     * file is open (live, or ended and waiting for its footer), else into the live one; a confirmation or failure
     * settles the order, and an ended file that waited only for it gets its footer.
     */
    void writeOrderRecord(long orderId, ObjectNode record, boolean submitted, boolean settles) {
        RecordingSession own = orders.fileOf(orderId);
        RecordingSession target = own != null && (own == live || closing.contains(own)) ? own : live;
        if (target == null) {
            unfiled.addLast(new Unfiled(orderId, record, submitted, settles));
            if (unfiled.size() > MAX_UNFILED) {
                unfiled.removeFirst();
            }
        } else if (write(target, record) && submitted) {
            orders.submitted(orderId, target);
        }
        if (settles) {
            RecordingSession file = orders.settled(orderId);
            if (file != null && file.waitingForOrders && file.unsettledOrders.isEmpty() && closing.contains(file)) {
                finish(file, file.endedOutcome());
            }
        }
    }

    /** The order records made since no file was live go into the file just opened: the game they trade in. */
    private void fileUnfiled() {
        List<Unfiled> waiting = List.copyOf(unfiled);
        unfiled.clear();
        for (Unfiled order : waiting) {
            writeOrderRecord(order.orderId(), order.record(), order.submitted(), order.settles());
        }
    }

    /** A game started: order records still without a file belong to no recorded game. */
    void forgetUnfiled() {
        unfiled.clear();
    }

    /**
     * Seed and verdict are in: the footer now, unless an order submitted into this file is still unanswered (an
     * order filled at the rug is confirmed after the game ended); then it waits for it, at most the seed grace.
     */
    private void finishOnceOrdersSettled(RecordingSession session) {
        if (session.unsettledOrders.isEmpty()) {
            finish(session, session.endedOutcome());
            return;
        }
        session.waitingForOrders = true;
        session.timer = timer.after(config.seedGrace(), () -> closeWaiting(session));
    }

    private void closeWaiting(RecordingSession session) {
        if (closing.contains(session)) {
            session.timer = null;
            if (session.serverSeed != null && !session.waitingForOrders) {
                finishOnceOrdersSettled(session); // the verdict wait ran out
            } else {
                finish(session, session.endedOutcome());
            }
        }
    }

    /** Writes the footer and lets the file go; {@link RecordingFinished} follows once it has its final name. */
    void finish(RecordingSession session, Outcome outcome) {
        forget(session);
        session.writer.finish(GameRecords.footer(session, outcome, clock.millis()), outcome);
        LOG.info("recording of game {} ends ({})", session.gameId, outcome.wireName());
    }

    /** Ends {@code session} on a failure found on this thread; the file keeps what was written. */
    void fail(RecordingSession session, String reason) {
        forget(session);
        session.writer.abandon();
        failed(reason, session.writer.partialFile());
    }

    /** A writer gave up (reported on its thread): the file is no longer recorded to. */
    void writerFailed(Path partialFile) {
        if (live != null && live.writer.partialFile().equals(partialFile)) {
            forget(live);
        }
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            if (session.writer.partialFile().equals(partialFile)) {
                forget(session);
            }
        }
    }

    private void forget(RecordingSession session) {
        session.cancelTimer();
        closing.remove(session);
        if (live == session) {
            live = null;
        }
    }

    /** Finishes every open file: the live one as {@code stopped}, the waiting ones without their seed. */
    void finishAll() {
        if (live != null) {
            finish(live, Outcome.STOPPED);
        }
        for (RecordingSession session : closing.toArray(new RecordingSession[0])) {
            finish(session, session.endedOutcome());
        }
    }

    private void failed(String reason, Path partialFile) {
        LOG.warn(reason);
        bus.publish(new RecordingFailed(Stamp.local(0, clock.millis()), reason, partialFile));
    }

    /** Publishes how a file ended; runs on the writer thread. */
    private final QueuedRecordingWriter.Listener listener = new QueuedRecordingWriter.Listener() {
        @Override
        public void finished(Path file, Outcome outcome) {
            bus.publish(new RecordingFinished(Stamp.local(0, clock.millis()), file, outcome));
            LOG.info("recorded {} ({})", file, outcome.wireName());
        }

        @Override
        public void failed(Path partial, Exception cause) {
            RecordingFiles.this.failed(GameRecords.diskFailure(partial, cause), partial);
        }
    };
}
