package io.rugdesk.app;

import io.rugdesk.event.DaemonThreads;
import io.rugdesk.event.DomainThread;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Subscriptions;
import io.rugdesk.feed.ConnectionHealthMonitor;
import io.rugdesk.feed.FeedOptions;
import io.rugdesk.feed.FrameIngress;
import io.rugdesk.feed.WebSocketFeed;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.recording.RecordingFileWriter;
import io.rugdesk.recording.GameRecorder;
import io.rugdesk.recording.RecordingRecovery;
import io.rugdesk.recording.RecordingSettings;
import io.rugdesk.risk.RiskControl;
import io.rugdesk.risk.RiskSettings;
import io.rugdesk.sim.SimServer;
import io.rugdesk.trading.AccountModel;
import io.rugdesk.trading.OrderGateway;
import io.rugdesk.protocol.OrderAck;
import java.util.function.Consumer;
import io.rugdesk.trading.PlayerTracker;
import io.rugdesk.trading.TradingController;
import io.rugdesk.trading.TradingGate;
import io.rugdesk.trading.TradingSettings;
import io.rugdesk.verify.FairnessChecker;
import io.rugdesk.verify.FairnessMonitor;
import io.rugdesk.verify.StateVerifier;
import io.rugdesk.verify.Tolerances;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected client: domain thread + EventBus + WireCodec/FrameIngress + WebSocketFeed + GameLifecycle +
 * PlayerTracker + AccountModel + TradingGate + TradingController + StateVerifier + FairnessMonitor +
 * ConnectionHealthMonitor + RecordingRecovery (at start) + GameRecorder, and the embedded SimServer when asked.
 *
 * <p>Wiring happens in one place, {@link #start}: every component is built, then every component — the caller's
 * {@link Component}s (the window, a bot) included — subscribes in one task on the domain thread, so none can miss
 * an event another one publishes at start; only then does the feed connect. Each component has the same life
 * cycle: its constructor only keeps its dependencies, {@code start(…)} subscribes and returns an
 * {@link AutoCloseable} handle, and {@link #close} closes every handle (ADR 0006).
 *
 * <p>Commands go on {@link #bus()} as events ({@code RequestBuy}, {@code RequestSell}, {@code RequestSidebet},
 * {@code RequestAdoptServerState}, {@code RequestAutoRecord}, {@code RequestStartRecording},
 * {@code RequestStopRecording}); facts come back on it.
 *
 * <p>Threads: {@link #start}, {@link #reconnect}, {@link #disconnect} and {@link #close} from any thread but the
 * domain thread; everything inside runs on the {@code rugdesk-domain} thread; timers (order timeouts, health
 * checks, reconnect waits, seed grace) on the one {@value #TIMER_THREAD} thread, which only hands work over;
 * fairness checks of revealed games on the {@value #FAIRNESS_THREAD} thread, which publishes their verdicts.
 */
public final class ClientSession implements AutoCloseable {

    /** Name of the session's one timer thread. */
    public static final String TIMER_THREAD = "rugdesk-session-timer";
    /** The thread that checks revealed games' fairness. */
    public static final String FAIRNESS_THREAD = "rugdesk-fairness";
    /** The token sent to the embedded simulator, which accepts any non-empty one and logs its player in. */
    static final String EMBEDDED_SIMULATOR_TOKEN = "rugdesk-embedded-simulator";
    static final String CLIENT_NAME = "rugdesk " + clientVersion();

    private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);

    private final SessionConfig config;
    private final SimServer simulator;
    private final String url;
    private final String token;
    private final ExecutorService domain;
    private final ScheduledExecutorService timer;
    /** Where revealed games are checked, off the domain thread (ADR 0020). */
    private final ExecutorService fairnessChecks;
    private final EventBus bus;
    private final WireCodec codec = new WireCodec();
    private final FrameIngress ingress;
    /** Every component's handle, closed in {@link #close}; filled once by {@link #wire}. */
    private final Subscriptions handles = new Subscriptions();
    private final DomainTimer domainTimer;
    private final GameRecorder recorder;
    private final ConnectionHealthMonitor health;
    private final FairnessMonitor fairness;
    private final AccountModel account;
    private final StateVerifier verifier;
    private final TradingGate gate;
    private final TradingController trading;
    private final GameLifecycle lifecycle;
    private final PlayerTracker player;
    private final RiskControl risk;
    private volatile WebSocketFeed feed;
    /** Where orders go instead of the server (the window's paper desk); null: the server. */
    private volatile OrderGateway ordersTo;
    private volatile boolean closed;

    private ClientSession(SessionConfig config, SimServer simulator, String url, String token) {
        this.config = config;
        this.simulator = simulator;
        this.url = url;
        this.token = token;
        this.domain = DomainThread.start();
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(TIMER_THREAD));
        this.bus = new EventBus(domain);
        this.ingress = new FrameIngress(codec, bus, System::currentTimeMillis);
        this.domainTimer = DomainTimer.on(timer, domain);

        this.health = new ConnectionHealthMonitor(bus, System::currentTimeMillis,
                ConnectionHealthMonitor.Thresholds.defaults());
        this.lifecycle = new GameLifecycle(bus);
        this.player = new PlayerTracker(bus);
        this.account = new AccountModel(bus);
        this.gate = new TradingGate(bus, account, System::currentTimeMillis);
        this.verifier = new StateVerifier(bus, account, Tolerances.defaults());
        this.fairnessChecks = Executors.newSingleThreadExecutor(DaemonThreads.named(FAIRNESS_THREAD));
        this.fairness = new FairnessMonitor(bus, new FairnessChecker(PriceModel.v3()), fairnessChecks);
        this.trading = new TradingController(bus, account, gate,
                new OrderGateway() {   // the server, or the paper desk while paper trading (routeOrders)
                    @Override
                    public void emitWithAck(String event, String payload, Consumer<OrderAck> onAck) {
                        orderGateway().emitWithAck(event, payload, onAck);
                    }

                    @Override
                    public boolean executesAtTheServersTick() {
                        return orderGateway().executesAtTheServersTick();
                    }
                },
                domainTimer, System::currentTimeMillis,
                TradingSettings.defaults().withAckTimeoutMillis(config.orderTimeout().toMillis()));
        this.risk = new RiskControl(bus, RiskSettings.load(config.configDir()),
                () -> account.expected().map(RiskControl.Book::of).orElse(null), Clock.systemDefaultZone(),
                config.configDir(), RiskControl.Mode.LIVE);
        trading.guardWith(risk);

        RecordingSettings settings = recordingSettings(config);
        for (RecordingRecovery.Recovered recovered : new RecordingRecovery(Clock.systemUTC())
                .recoverAll(settings.folder())) {
            LOG.info("recovered an interrupted recording: {} ({} complete lines{})", recovered.file(),
                    recovered.completeLines(), recovered.problem() == null ? "" : ", " + recovered.problem());
        }
        // an override (record command, tests) holds for this session only: toggles are not written back
        this.recorder = new GameRecorder(bus, settings, config.autoRecord() == null ? config.configDir() : null,
                GameRecorder.Config.defaults(serverLabel(), CLIENT_NAME), domainTimer,
                Clock.systemUTC(), RecordingFileWriter.ChannelOpener.FILES);
        this.feed = newFeed();
    }

    private static RecordingSettings recordingSettings(SessionConfig config) {
        return RecordingSettings.forSession(config.configDir(), config.recordingFolder(), config.autoRecord());
    }

    /**
     * Something wired to the session's bus before it connects: the window's snapshot assembler, a bot, a test's
     * probe. Runs once on the domain thread, in the same task as the session's own components, before any event
     * is delivered; the handle it returns is closed with the session.
     */
    @FunctionalInterface
    public interface Component {
        AutoCloseable start(ClientSession session) throws Exception;
    }

    /**
     * Starts the session: the embedded simulator when {@code config.serverUrl()} is null, the domain thread, the
     * recovery of interrupted recordings, every component ({@code extra} ones last), then starts connecting and
     * returns at once (watch the bus for {@code Connected}). When a component fails to start, everything started
     * is closed again and the failure is thrown.
     */
    public static ClientSession start(SessionConfig config, Component... extra) throws Exception {
        SimServer simulator = null;
        String url = config.serverUrl();
        String token = config.token();
        if (!config.embedded()) {
            FeedOptions.of(url); // a malformed URL is refused before any thread starts
        } else {
            simulator = new SimServer(config.simulator().withHost("127.0.0.1").withPort(0)).start();
            url = simulator.url();
            token = token == null || token.isBlank() ? EMBEDDED_SIMULATOR_TOKEN : token;
        }
        if (config.insecureTls() && !config.embedded()) {
            LOG.warn("TLS certificate verification is OFF for {}: anyone on the network path can read and change "
                    + "the traffic, the token included", url);
        }
        ClientSession session;
        try {
            session = new ClientSession(config, simulator, url, token);
        } catch (RuntimeException e) {
            if (simulator != null) {
                simulator.close();
            }
            throw e;
        }
        try {
            session.wire(List.of(extra));
        } catch (Exception e) {
            session.close();
            throw e;
        }
        LOG.info("session started against {} ({})", session.serverLabel(),
                token == null || token.isBlank() ? "not logged in" : "with a token");
        session.feed.connect();
        return session;
    }

    /**
     * Subscribes every component in one task on the domain thread: what one publishes while starting (the gate's
     * first verdict) is delivered only after the task, so every other component, {@code extra} included, gets it.
     */
    private void wire(List<Component> extra) throws Exception {
        Future<?> wired = domain.submit(() -> {
            handles.add(health.start(domainTimer));
            handles.add(lifecycle.start());
            handles.add(player.start());
            handles.add(account.start());
            handles.add(gate.start());
            handles.add(verifier.start());
            handles.add(fairness.start());
            handles.add(trading.start());
            handles.add(recorder.start());
            handles.add(risk.start());
            for (Component component : extra) {
                handles.add(component.start(this));
            }
            return null;
        });
        try {
            wired.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private WebSocketFeed newFeed() {
        FeedOptions options = FeedOptions.of(url).withToken(token);
        return new WebSocketFeed(options, ingress, bus, codec, domain, timer, config.insecureTls());
    }

    private WebSocketFeed currentFeed() {
        return feed;
    }

    private OrderGateway orderGateway() {
        OrderGateway other = ordersTo;
        return other != null ? other : currentFeed()::emitWithAck;
    }

    /**
     * Sends the trading controller's orders to {@code gateway} instead of the server (paper trading), or to the
     * server again when null. Domain thread.
     */
    public void routeOrders(OrderGateway gateway) {
        ordersTo = gateway;
    }

    /** Publish {@code Request*} commands here, subscribe to facts. */
    public EventBus bus() {
        return bus;
    }

    /** Runs reads of domain state on the domain thread. */
    public Executor domain() {
        return domain;
    }

    /** The in-process simulator, when the session runs against it. */
    public Optional<SimServer> embeddedSimulator() {
        return Optional.ofNullable(simulator);
    }

    /** "embedded simulator" or the server URL (never the token, which is not part of it). */
    public String serverLabel() {
        return simulator != null ? "embedded simulator" : url;
    }

    /** The URL connected to (for the embedded simulator its local address). */
    public String serverUrl() {
        return url;
    }

    public SessionConfig config() {
        return config;
    }

    /** Drops the connection and connects again with a fresh feed. */
    public synchronized void reconnect() {
        if (closed) {
            return;
        }
        WebSocketFeed old = feed;
        old.close();
        WebSocketFeed fresh = newFeed();
        feed = fresh;
        fresh.connect();
    }

    /** Drops the connection; {@link #reconnect()} connects again. */
    public synchronized void disconnect() {
        feed.close();
    }

    /** Whether the Socket.IO connection is up now. */
    public boolean isConnected() {
        return feed.isConnected();
    }

    /** Frames received so far over every connection of this session. */
    public long framesReceived() {
        return ingress.frameCount();
    }

    /** The recorder (read its state on the domain thread). */
    public GameRecorder recorder() {
        return recorder;
    }

    /** The account model (domain thread only). */
    public AccountModel account() {
        return account;
    }

    /** The verifier (domain thread only). */
    public StateVerifier verifier() {
        return verifier;
    }

    /** The trading controller with its latency statistics (domain thread only). */
    public TradingController trading() {
        return trading;
    }

    /** The risk guard in front of every order (domain thread only). */
    public RiskControl risk() {
        return risk;
    }

    /** The game lifecycle (domain thread only). */
    public GameLifecycle lifecycle() {
        return lifecycle;
    }

    /** The trading gate: may an order of a kind be sent now (domain thread only). */
    public TradingGate tradingGate() {
        return gate;
    }

    /** The player tracker (domain thread only). */
    public PlayerTracker player() {
        return player;
    }

    /**
     * Closes the recorder (a game being recorded ends with the footer {@code stopped}), the feed, the simulator
     * and both threads. Safe to call twice; waits up to a few seconds.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        feed.close();
        try {
            domain.submit(recorder::close).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("recorder did not close cleanly", e);
        }
        handles.close();
        if (simulator != null) {
            simulator.close();
        }
        timer.shutdownNow();
        fairnessChecks.shutdownNow();
        domain.shutdown();
        try {
            if (!domain.awaitTermination(5, TimeUnit.SECONDS) || !timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("session threads did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("session against {} closed ({} frames)", serverLabel(), framesReceived());
    }

    private static String clientVersion() {
        String version = ClientSession.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
