package io.rugdesk.app.gui;

import io.rugdesk.app.RecordingReplayer;
import io.rugdesk.event.DaemonThreads;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import io.rugdesk.ui.UiSnapshot.Replay;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * File → Open recording…: the recording is played on a bus and assembler of its own, and the window shows that
 * instead of the live session, which goes on in the background (a running recording included) until the replay is
 * closed. The replay runs the fairness check of the {@code replay} command ({@link RecordingReplayer#startFairnessCheck}),
 * whose verdict the window shows as it does live. Opening reads the file on the sessions' switch thread; the
 * replayer's controls hand over to its thread.
 * Thread: called on the EDT.
 */
public final class RecordingReplays implements Replays {

    private static final Duration FOLLOW = Duration.ofMillis(100);

    /** One open replay: its replayer, its own domain thread, bus assembler and the task that follows it. */
    private record Open(RecordingReplayer replayer, ExecutorService domain, SnapshotAssembler assembler,
                        Subscriptions handles) { }

    private final GuiSessions sessions;
    private final LongSupplier clockMillis;
    private volatile Open open;

    public RecordingReplays(GuiSessions sessions, LongSupplier clockMillis) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
    }

    @Override
    public void open(Path file) {
        sessions.background(() -> {
            closeOpen();
            ExecutorService domain = Executors.newSingleThreadExecutor(DaemonThreads.named("rugdesk-replay-domain"));
            EventBus bus = new EventBus(domain);
            RecordingReplayer replayer;
            try {
                replayer = RecordingReplayer.open(file, bus);
            } catch (IOException | RuntimeException e) {
                domain.shutdown();
                sessions.notice(NoticeLevel.ERROR, "Cannot replay " + file.getFileName() + ": " + e.getMessage());
                return;
            }
            SnapshotAssembler assembler = new SnapshotAssembler(bus, clockMillis, new SnapshotAssembler.SessionFacts(
                    "replay of " + replayer.fileName(), false, null, false), sessions.latest());
            Subscriptions handles = new Subscriptions();
            handles.add(assembler);
            // the same check as `replay`: recorded prices against the revealed seed, verdict in the window
            handles.add(RecordingReplayer.startFairnessCheck(bus));
            DomainTimer timer = sessions.domainTimer(domain);
            assembler.start(timer);
            handles.add(timer.every(FOLLOW, () -> assembler.replayChanged(state(replayer))));
            domain.execute(() -> {
                assembler.replayChanged(state(replayer));
                assembler.notice(NoticeLevel.INFO, "Replaying " + replayer.fileName() + " (" + replayer.length()
                        + " records): press Play");
            });
            open = new Open(replayer, domain, assembler, handles);
            sessions.showInstead(assembler);
        });
    }

    private static Replay state(RecordingReplayer replayer) {
        return new Replay(true, replayer.fileName(), replayer.isPlaying(), replayer.speed(), replayer.position(),
                replayer.length());
    }

    @Override
    public void play() {
        withOpen(replay -> replay.replayer().play());
    }

    @Override
    public void pause() {
        withOpen(replay -> replay.replayer().pause());
    }

    @Override
    public void step() {
        withOpen(replay -> replay.replayer().step());
    }

    @Override
    public void speed(double factor) {
        withOpen(replay -> replay.replayer().setSpeed(factor));
    }

    /** Back to the live session; the replayer's thread is ended off the EDT. */
    @Override
    public void close() {
        sessions.showInstead(null);
        sessions.background(this::closeOpen);
    }

    private void withOpen(java.util.function.Consumer<Open> action) {
        Open now = open;
        if (now != null) {
            action.accept(now);
        }
    }

    private void closeOpen() {
        Open old = open;
        if (old == null) {
            return;
        }
        open = null;
        sessions.showInstead(null);
        old.replayer().close();
        old.handles().close();
        old.domain().shutdown();
    }
}
