package io.rugdesk.sim;

import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoServerOptions;
import io.socket.socketio.server.SocketIoNamespace;
import io.socket.socketio.server.SocketIoServer;
import io.socket.socketio.server.SocketIoSocket;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded rugs.fun-compatible server: Jetty 12, Engine.IO 4 (WebSocket and long-polling) and Socket.IO on
 * the default namespace at {@code /socket.io/}. It plays simulated games (or replays a capture), accepts the
 * simulated player's login and orders, and injects faults for tests. Thread: public methods may be called from
 * any thread; all game state lives on the loop thread ({@code rugdesk-sim-loop}), Jetty threads only hand events
 * over to it.
 */
public final class SimServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimServer.class);
    /** Extended messages reach 489 KB (protocol.md §5.2); Jetty's 64 KiB default would close the socket. */
    static final int MAX_MESSAGE_BYTES = 4 << 20;

    private final SimConfig config;
    private final ScheduledExecutorService loopThread;
    private final SimTable table;
    private final SimGameLoop gameLoop;
    private final CaptureReplayer replayer;
    private Server jetty;
    private EngineIoServer engineIo;
    private int boundPort;
    private boolean everStarted;

    public SimServer(SimConfig config) {
        this(config, new FairPrices(), Clock.systemUTC());
    }

    public SimServer(SimConfig config, PriceSource prices, Clock clock) {
        this.config = config;
        this.loopThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rugdesk-sim-loop");
            thread.setDaemon(true);
            return thread;
        });
        this.table = new SimTable(config, loopThread);
        this.gameLoop = new SimGameLoop(config, prices, loopThread, clock, table);
        this.replayer = config.replayCapture() == null ? null
                : new CaptureReplayer(config.replayCapture(), config.speed(), config.replayAsFastAsPossible(),
                        loopThread, table);
        this.boundPort = config.port();
    }

    /** Starts listening (on the same port as before after a {@link #stop()}) and, the first time, the games. */
    public synchronized SimServer start() throws Exception {
        if (jetty != null) {
            return this;
        }
        boolean first = !everStarted;
        if (first && replayer != null) {
            replayer.load();   // a missing or unreadable capture fails before anything listens
        }
        engineIo = new EngineIoServer(EngineIoServerOptions.newFromDefault()
                .setPingInterval(25_000).setPingTimeout(20_000)
                .setAllowedCorsOrigins(EngineIoServerOptions.ALLOWED_CORS_ORIGIN_ALL));
        SocketIoServer socketIo = new SocketIoServer(engineIo);
        wire(socketIo.namespace("/"));
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(config.host());
        connector.setPort(boundPort);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        EngineIoServer engine = engineIo;
        ServletHolder polling = new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                engine.handleRequest(request, response);
            }
        });
        polling.setAsyncSupported(true);
        context.addServlet(polling, "/socket.io/*");
        JettyWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
            container.setMaxBinaryMessageSize(MAX_MESSAGE_BYTES);
            container.setIdleTimeout(Duration.ofMinutes(2));
            container.addMapping("/socket.io/*", (upgradeRequest, upgradeResponse) ->
                    new JettyEngineIoWebSocket(engine));
        });
        jetty.setHandler(context);
        jetty.start();
        boundPort = connector.getLocalPort();
        LOG.info("simulator listening on http://{}:{}/socket.io/", config.host(), boundPort);
        if (first) {
            everStarted = true;
            if (replayer == null) {
                gameLoop.start();
            }
        }
        return this;
    }

    private void wire(SocketIoNamespace namespace) {
        namespace.on("connection", args -> {
            SocketIoSocket socket = (SocketIoSocket) args[0];
            String id = socket.getId();
            socket.on("disconnect", ignored -> gameLoop.execute(loop -> table.disconnect(id)));
            socket.on("authenticate", in -> gameLoop.execute(loop ->
                    table.authenticate(id, SocketArgs.payload(in), SocketArgs.ack(in))));
            socket.on("buyOrder", in -> order(id, SimTable.OrderKind.BUY, in));
            socket.on("sellOrder", in -> order(id, SimTable.OrderKind.SELL, in));
            socket.on("requestSidebet", in -> order(id, SimTable.OrderKind.SIDEBET, in));
            socket.on("checkUsername", in -> gameLoop.execute(loop -> table.usernameStatus(id)));
            socket.on("ping", in -> {   // app-level ping: empty ACK (protocol.md §3), sent like every other write
                SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack = SocketArgs.ack(in);
                if (ack != null) {
                    gameLoop.execute(loop -> ack.sendAcknowledgement());
                }
            });
            gameLoop.execute(loop -> {
                table.connect(socket, replayer == null ? loop.snapshot() : null);
                if (replayer != null) {
                    replayer.startOnce();
                }
            });
        });
    }

    private void order(String socketId, SimTable.OrderKind kind, Object[] in) {
        Object payload = SocketArgs.payload(in);
        SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack = SocketArgs.ack(in);
        gameLoop.execute(loop -> table.order(socketId, kind, payload, System.currentTimeMillis(), ack));
    }

    /** The port the server listens on (the chosen one when configured with port 0). */
    public synchronized int port() {
        return boundPort;
    }

    public String url() {
        return "http://" + config.host() + ":" + port();
    }

    /** Stops listening; every client is disconnected. The games go on; {@link #start()} listens again. */
    public synchronized void stop() throws Exception {
        if (jetty == null) {
            return;
        }
        runOnLoop(table::disconnectAll);
        engineIo.shutdown();
        jetty.stop();
        jetty = null;
        LOG.info("simulator stopped listening on port {}", boundPort);
    }

    /** Fault: disconnects every client now (they may reconnect). */
    public void disconnectAll() {
        runOnLoop(table::disconnectAll);
    }

    /** Fault: latency before ACKs and order {@code playerUpdate}s, and the share of dropped gameStateUpdates. */
    public void setFaults(long latencyMs, long jitterMs, double dropRate) {
        table.setFaults(latencyMs, jitterMs, dropRate);
    }

    /**
     * Fault: the simulated player's sells lose {@code bps} basis points of their proceeds from now on (0 ends the
     * drift), so the client's model and the server disagree on cash after the next sell.
     */
    public void setDriftFeeBps(int bps) {
        if (bps < 0 || bps >= 10_000) {
            throw new IllegalArgumentException("drift fee must be 0 to 9999 bps, was " + bps);
        }
        runOnLoop(() -> table.setDriftFeeBps(bps));
    }

    /**
     * The simulated player's cash as the server's own account holds it now (read on the loop thread): tests
     * compare a client's figures with the server's truth. Null when the loop did not answer within 5 s.
     */
    public BigDecimal simulatedPlayerCash() {
        try {
            return loopThread.submit(table::simulatedPlayerCash).get(5, TimeUnit.SECONDS);
        } catch (Exception failed) {
            LOG.warn("simulator did not report the player's cash", failed);
            return null;
        }
    }

    /** The last 1,000 games played (older ones are dropped so a long run stays bounded), in order. */
    public List<GameRecord> gameLog() {
        return gameLoop.gameLog();
    }

    /** Whether a capture replay has sent its last record. */
    public boolean replayFinished() {
        return replayer != null && replayer.finished();
    }

    private void runOnLoop(Runnable action) {
        try {
            loopThread.submit(action).get(5, TimeUnit.SECONDS);
        } catch (Exception failed) {
            LOG.warn("simulator action did not complete", failed);
        }
    }

    @Override
    public synchronized void close() {
        gameLoop.stop();
        try {
            stop();
        } catch (Exception failed) {
            LOG.warn("simulator did not stop cleanly", failed);
        }
        loopThread.shutdownNow();
    }
}
