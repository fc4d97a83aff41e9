package io.rugdesk.app.gui;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.PaperAccountFile;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.event.DaemonThreads;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.ui.SnapshotSource;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.NoticeLevel;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one live {@link ClientSession} and the {@link SnapshotAssembler} that follows its bus. Starting,
 * closing and swapping sessions (connect to a server, back to the embedded simulator) block on sockets, so they
 * run on one {@code rugdesk-session-switch} thread, never on the EDT; while a swap runs the window keeps showing
 * the last snapshot. The event log and notices carry over from one session to the next.
 *
 * <p>Thread: {@link #latest()} on the EDT (reads a volatile field); {@link #open}, {@link #background} and
 * {@link #close} from any thread.
 */
public final class GuiSessions implements SnapshotSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GuiSessions.class);

    /** A started session, the assembler subscribed to its bus and the window's paper account and strategy. */
    public record Live(ClientSession session, SnapshotAssembler assembler, SessionConfig config,
                       WindowTrading trading) { }

    /** Starts a session with the window's component wired before it connects; production: {@link ClientSession#start}. */
    @FunctionalInterface
    public interface Starter {
        ClientSession start(SessionConfig config, ClientSession.Component window) throws Exception;
    }

    private final Starter starter;
    private final LongSupplier clockMillis;
    private final ExecutorService switcher = Executors.newSingleThreadExecutor(DaemonThreads.named("rugdesk-session-switch"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("rugdesk-snapshot-timer"));
    private volatile Live live;
    private volatile UiSnapshot between = UiSnapshot.initial();
    private volatile SnapshotSource instead;

    public GuiSessions(Starter starter, LongSupplier clockMillis) {
        this.starter = Objects.requireNonNull(starter, "starter");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
    }

    @Override
    public UiSnapshot latest() {
        SnapshotSource replay = instead;
        if (replay != null) {
            return replay.latest();
        }
        Live now = live;
        return now == null ? between : now.assembler().latest();
    }

    /** The live session, if one is running (none while a swap is in progress or after a failed start). */
    public Optional<Live> current() {
        return Optional.ofNullable(live);
    }

    /**
     * Closes the running session (if any) and starts one with {@code config}, on the switch thread. The future
     * fails when the new session cannot start; the window then shows an error notice and no session.
     */
    public CompletableFuture<Live> open(SessionConfig config) {
        return CompletableFuture.supplyAsync(() -> swap(config), switcher);
    }

    /** Runs blocking work (a simulator fault, a file write) on the switch thread, in order with the swaps. */
    public CompletableFuture<Void> background(Runnable work) {
        return CompletableFuture.runAsync(work, switcher);
    }

    /** Shows {@code source} (a replay) instead of the live session; null goes back to the live session. */
    public void showInstead(SnapshotSource source) {
        instead = source;
    }

    /** A timer that runs its tasks on {@code domain}, waiting on the sessions' timer thread. */
    public DomainTimer domainTimer(java.util.concurrent.Executor domain) {
        return DomainTimer.on(timer, domain);
    }

    /** Shows a notice in the window, from any thread. */
    public void notice(NoticeLevel level, String text) {
        Live now = live;
        if (now != null) {
            now.session().domain().execute(() -> now.assembler().notice(level, text));
        } else {
            LOG.info("notice without a session: {}", text);
        }
    }

    private Live swap(SessionConfig config) {
        UiSnapshot carried = latest();
        closeLive();
        AtomicReference<SnapshotAssembler> wired = new AtomicReference<>();
        AtomicReference<WindowTrading> trades = new AtomicReference<>();
        ClientSession session;
        try {
            // the assembler is wired with the session's own components, before anything can publish
            session = starter.start(config, started -> {
                SnapshotAssembler assembler = new SnapshotAssembler(started.bus(), clockMillis,
                        new SnapshotAssembler.SessionFacts(started.serverLabel(),
                                started.embeddedSimulator().isPresent(), started.recorder().folder().toString(),
                                started.recorder().autoRecord()),
                        carried);
                wired.set(assembler);
                WindowTrading trading = new WindowTrading(started, new PaperAccountFile(config.configDir()),
                        clockMillis, this::fileWork, text -> assembler.notice(NoticeLevel.WARNING, text));
                trades.set(trading);
                Subscriptions handles = new Subscriptions();
                handles.add(assembler.start(domainTimer(started.domain())));
                handles.add(trading.start());
                return handles;
            });
        } catch (Exception e) {
            LOG.warn("could not start the session for {}", config.serverUrl() == null ? "the embedded simulator"
                    : config.serverUrl(), e);
            between = carried;
            throw new IllegalStateException(sessionFailure(config, e), e);
        }
        Live started = new Live(session, wired.get(), config, trades.get());
        live = started;
        return started;
    }

    /** Small file writes off the domain thread; after close, done where asked (the last balance is still kept). */
    private void fileWork(Runnable work) {
        try {
            switcher.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            work.run();
        }
    }

    private static String sessionFailure(SessionConfig config, Exception e) {
        String where = config.serverUrl() == null ? "the embedded simulator" : config.serverUrl();
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Could not connect to " + where + ": " + why;
    }

    private void closeLive() {
        Live old = live;
        if (old == null) {
            return;
        }
        between = old.assembler().latest();
        live = null;
        try { // closes the assembler's subscriptions with the session's
            old.session().close();
        } catch (RuntimeException e) {
            LOG.warn("the old session did not close cleanly", e);
        }
    }

    /** Closes the session (its recorder writes a "stopped" footer) and the threads; waits up to 10 s. */
    @Override
    public void close() {
        try {
            switcher.submit(this::closeLive).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("closing the session took too long or failed", e);
        }
        switcher.shutdownNow();
        timer.shutdownNow();
    }

}
