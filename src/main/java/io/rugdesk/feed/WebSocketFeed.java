package io.rugdesk.feed;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.WireCodec;
import io.socket.client.IO;
import io.socket.client.Manager;
import io.socket.client.Socket;
import io.socket.engineio.client.Transport;
import io.socket.parser.Packet;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live Socket.IO (Engine.IO 4) connection to rugs.fun or the embedded simulator.
 *
 * <p>Every server event, known or not, goes to the {@link FrameIngress}, which decodes it and publishes it. The
 * arguments arrive as JSON text: {@link RawEventDecoder} reads only each packet's header, so a frame is parsed
 * once, by the codec, not by socket.io-client's org.json first. Connection facts
 * ({@link ConnectionEvent}) go on the bus. Reconnection is done here, not by socket.io-client, so each wait is
 * known and published ({@link ReconnectScheduled}) and the
 * backoff is capped and jittered ({@link ReconnectBackoff}). After every (re)connect, if a token is configured,
 * {@code authenticate} is emitted with {@code {"token": …}}; the token is never logged nor published.
 *
 * <p>Threads: an event read from a WebSocket is handed to the ingress (which decodes and publishes) on OkHttp's
 * reader thread of that socket, in wire order with everything else ({@link ReaderThreadEvents}); socket.io-client
 * runs all its listeners, and events that came by long-polling, on its single EventThread. Neither blocks.
 * Reconnect waits run on the given scheduler. A server's ack is delivered on the EventThread, in wire order with the
 * frames (see {@link #emitWithAck}); an ack made up here (not sent) on the given domain executor.
 * {@link #connect()}, {@link #emitWithAck} and {@link #close()} may be called from
 * any thread. Frames need no size limit raised: OkHttp's WebSocket reader and the polling transport accept
 * messages of any size (489 KB snapshots arrive whole).
 */
public final class WebSocketFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketFeed.class);
    private static final String AUTHENTICATE = "authenticate";
    private static final int MAX_LOGGED_CHARS = 300;
    /**
     * socket.io-client logs every packet it writes at java.util.logging FINE, the {@code authenticate} token
     * included; held strongly so the level set in {@link #keepTokenOutOfLibraryLogs()} is not garbage collected.
     */
    private static final java.util.logging.Logger SOCKET_IO_LOG = java.util.logging.Logger.getLogger("io.socket");

    private final FeedOptions options;
    private final FrameIngress ingress;
    private final EventBus bus;
    private final Function<String, OrderAck> ackDecoder;
    private final Executor domain;
    private final ScheduledExecutorService reconnectTimer;
    private final LongSupplier clock;
    private final ReconnectBackoff backoff;
    private final OkHttpClient http;
    private final Socket socket;

    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final AtomicBoolean reconnectPending = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean everConnected;
    private volatile String transport = "unknown";
    private volatile ScheduledFuture<?> pendingReconnect;

    /**
     * A feed with the wall clock and a random jitter.
     *
     * @param domain         where the acks of requests that could not be sent run (the domain executor)
     * @param reconnectTimer where reconnect waits run; the caller owns it and shuts it down
     */
    public WebSocketFeed(FeedOptions options, FrameIngress ingress, EventBus bus, WireCodec codec, Executor domain,
                         ScheduledExecutorService reconnectTimer) {
        this(options, ingress, bus, Objects.requireNonNull(codec, "codec")::decodeAck, domain, reconnectTimer,
                System::currentTimeMillis, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * As {@link #WebSocketFeed(FeedOptions, FrameIngress, EventBus, WireCodec, Executor, ScheduledExecutorService)};
     * {@code trustAnyCertificate} turns TLS certificate and host name checks OFF (a self-signed test server only;
     * the caller must warn the user).
     */
    public WebSocketFeed(FeedOptions options, FrameIngress ingress, EventBus bus, WireCodec codec, Executor domain,
                         ScheduledExecutorService reconnectTimer, boolean trustAnyCertificate) {
        this(options, ingress, bus, Objects.requireNonNull(codec, "codec")::decodeAck, domain, reconnectTimer,
                System::currentTimeMillis, () -> ThreadLocalRandom.current().nextDouble(), trustAnyCertificate);
    }

    /** A feed with every collaborator given (tests: fixed clock and jitter, another ack decoder). */
    public WebSocketFeed(FeedOptions options, FrameIngress ingress, EventBus bus, Function<String, OrderAck> ackDecoder,
                         Executor domain, ScheduledExecutorService reconnectTimer, LongSupplier wallClockMillis,
                         DoubleSupplier jitterRandom) {
        this(options, ingress, bus, ackDecoder, domain, reconnectTimer, wallClockMillis, jitterRandom, false);
    }

    private WebSocketFeed(FeedOptions options, FrameIngress ingress, EventBus bus,
                          Function<String, OrderAck> ackDecoder, Executor domain,
                          ScheduledExecutorService reconnectTimer, LongSupplier wallClockMillis,
                          DoubleSupplier jitterRandom, boolean trustAnyCertificate) {
        this.options = Objects.requireNonNull(options, "options");
        this.ingress = Objects.requireNonNull(ingress, "ingress");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.ackDecoder = Objects.requireNonNull(ackDecoder, "ackDecoder");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.reconnectTimer = Objects.requireNonNull(reconnectTimer, "reconnectTimer");
        this.clock = Objects.requireNonNull(wallClockMillis, "wallClockMillis");
        this.backoff = new ReconnectBackoff(options.reconnectInitial(), options.reconnectMax(),
                options.reconnectJitter(), jitterRandom);
        // a generous read timeout for long-polling, whose requests the server holds for up to a ping interval;
        // none on the WebSocket, where Engine.IO's ping timeout already ends a silent connection: with one, Okio
        // armed its watchdog thread for every read (0.5 s of CPU per 55,300 frames, docs/performance.md)
        OkHttpClient.Builder httpBuilder = new OkHttpClient.Builder()
                .readTimeout(Duration.ofMinutes(1))
                .connectTimeout(options.connectTimeout());
        if (trustAnyCertificate) {
            InsecureTls.apply(httpBuilder);
        }
        this.http = httpBuilder.build();
        OkHttpClient webSocketHttp = http.newBuilder().readTimeout(Duration.ZERO).build();
        this.socket = IO.socket(options.origin(),
                socketOptions(options, http, new ReaderThreadEvents(webSocketHttp, this::takeOnReaderThread)));
        if (options.token().isPresent()) {
            keepTokenOutOfLibraryLogs();
        }
        listen();
    }

    private static void keepTokenOutOfLibraryLogs() {
        java.util.logging.Level level = SOCKET_IO_LOG.getLevel();
        if (level == null || level.intValue() < java.util.logging.Level.INFO.intValue()) {
            SOCKET_IO_LOG.setLevel(java.util.logging.Level.INFO);
        }
    }

    private static IO.Options socketOptions(FeedOptions options, OkHttpClient http,
                                            okhttp3.WebSocket.Factory webSockets) {
        IO.Options io = new IO.Options();
        io.forceNew = true;
        io.multiplex = false;
        io.path = options.path();
        io.query = options.query().isEmpty() ? null : options.query();
        io.transports = options.transports().toArray(String[]::new);
        io.upgrade = true;
        io.reconnection = false; // see class comment: this class reconnects
        io.timeout = options.connectTimeout().toMillis();
        io.webSocketFactory = webSockets;
        io.callFactory = http;
        io.decoder = new RawEventDecoder();
        return io;
    }

    private void listen() {
        socket.io().on(Manager.EVENT_TRANSPORT, args -> {
            if (args.length > 0 && args[0] instanceof Transport t) {
                transport = t.name;
            }
        });
        socket.on(Socket.EVENT_CONNECT, args -> onConnected());
        socket.on(Socket.EVENT_DISCONNECT, args -> onDisconnected(args.length > 0 ? String.valueOf(args[0]) : "unknown"));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> onConnectFailed(args.length > 0 ? args[0] : null));
        socket.onAnyIncoming(this::onFrame);
    }

    /** Starts connecting (once; later calls do nothing). Returns at once; watch the bus for {@link Connected}. */
    public void connect() {
        if (closing || !started.compareAndSet(false, true)) {
            return;
        }
        LOG.info("connecting with {}", options);
        bus.publish(new Connecting(stamp(), displayUrl()));
        socket.connect();
    }

    /**
     * On OkHttp's reader thread ({@link ReaderThreadEvents}): an Engine.IO message holding an EVENT of the default
     * namespace, while connected, is decoded and published here; anything else is left to socket.io-client.
     */
    private boolean takeOnReaderThread(String engineMessage) {
        if (closing || !socket.connected()) {
            return false;
        }
        Packet<JSONArray> event = RawEventDecoder.eventOrNull(engineMessage, 1);
        if (event == null || !"/".equals(event.nsp)) {
            return false;
        }
        accept(String.valueOf(event.data.opt(0)), ((RawArguments) event.data.opt(1)).json());
        return true;
    }

    private void onFrame(Object... args) {
        if (args.length == 0) {
            return;
        }
        String eventName = String.valueOf(args[0]);
        String argumentsJson;
        if (args.length > 1 && args[1] instanceof RawArguments raw) {
            argumentsJson = raw.json();
        } else {
            // an event the library's own decoder read (see RawEventDecoder): its org.json trees as text
            try {
                argumentsJson = SocketArguments.toJsonArray(args, 1);
            } catch (RuntimeException e) {
                LOG.warn("could not turn the arguments of {} into JSON, frame dropped", eventName, e);
                return;
            }
        }
        accept(eventName, argumentsJson);
    }

    private void accept(String eventName, String argumentsJson) {
        try {
            ingress.accept(eventName, argumentsJson);
        } catch (RuntimeException e) {
            // the ingress promises not to throw; if its decoder does anyway, the reader or EventThread must live on
            LOG.warn("frame {} could not be decoded: {} ({})", eventName, e, SocketArguments.abbreviate(argumentsJson,
                    MAX_LOGGED_CHARS));
        }
    }

    private void onConnected() {
        int attempts = failedAttempts.getAndSet(0);
        boolean reconnect = everConnected;
        everConnected = true;
        LOG.info("connected to {} over {}{}", displayUrl(), transport, reconnect ? " after " + attempts + " attempts" : "");
        bus.publish(new Connected(stamp(), transport));
        if (reconnect) {
            // a new connection is a new server session: listeners learn who is logged in again from this one fact
            bus.publish(new Reconnected(stamp(), Math.max(1, attempts)));
        }
        options.token().ifPresent(token -> socket.emit(AUTHENTICATE, new JSONObject().put("token", token)));
    }

    private void onDisconnected(String reason) {
        boolean byUser = closing || "io client disconnect".equals(reason);
        LOG.info("disconnected from {}: {}", displayUrl(), reason);
        bus.publish(new Disconnected(stamp(), byUser ? "Closed by the user" : "Connection lost: " + reason));
        if (byUser) {
            closedLatch.countDown();
        } else {
            scheduleReconnect();
        }
    }

    private void onConnectFailed(Object error) {
        String why = error instanceof Throwable t ? String.valueOf(t.getMessage()) : String.valueOf(error);
        LOG.info("connection to {} failed: {}", displayUrl(), why);
        bus.publish(new Disconnected(stamp(), "Connection failed: " + why));
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (closing || !reconnectPending.compareAndSet(false, true)) {
            return;
        }
        int attempt = failedAttempts.incrementAndGet();
        int max = options.maxReconnectAttempts();
        if (max > 0 && attempt > max) {
            reconnectPending.set(false);
            LOG.warn("giving up on {} after {} reconnect attempts", displayUrl(), max);
            bus.publish(new Disconnected(stamp(), "Gave up after " + max + " reconnect attempts"));
            return;
        }
        long delay = backoff.delayMillis(attempt);
        bus.publish(new ReconnectScheduled(stamp(), attempt, delay));
        try {
            pendingReconnect = reconnectTimer.schedule(this::reconnectNow, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            reconnectPending.set(false);
            LOG.warn("reconnect timer is shut down; not reconnecting to {}", displayUrl());
        }
    }

    private void reconnectNow() {
        reconnectPending.set(false);
        if (closing) {
            return;
        }
        bus.publish(new Connecting(stamp(), displayUrl()));
        socket.connect();
    }

    /**
     * Emits {@code event} with {@code payloadJson} (a JSON object) and an ack callback. The server's ack is
     * decoded and given to {@code onAck} on the EventThread, so {@code onAck} must only hand it over (publish it
     * on the bus): that keeps it in wire order with the frames. Handed to the domain executor instead, it waited
     * behind the bus's drain, which under load kept delivering the ticks that came after it, so the server's
     * sidebet expiry and later fills were seen before an order's ACK. When the request cannot be sent (not
     * connected, payload not JSON) {@code onAck} gets a failed ack on the domain executor instead; nothing is
     * queued for a later connection, so no stale order goes out after a reconnect. Timeouts are the caller's
     * business.
     */
    public void emitWithAck(String event, String payloadJson, Consumer<OrderAck> onAck) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(onAck, "onAck");
        Object payload;
        try {
            payload = new JSONTokener(Objects.requireNonNull(payloadJson, "payloadJson")).nextValue();
        } catch (JSONException e) {
            domain.execute(() -> onAck.accept(OrderAck.failed("BAD_REQUEST", "The request is not valid JSON: "
                    + e.getMessage())));
            return;
        }
        if (closing || !socket.connected()) {
            domain.execute(() -> onAck.accept(OrderAck.failed("NOT_CONNECTED", "Not connected to the server")));
            return;
        }
        socket.emit(event, new Object[] {payload}, ackArgs -> onAck.accept(decodeAck(
                SocketArguments.toJsonArray(ackArgs, 0))));
    }

    private OrderAck decodeAck(String ackJson) {
        try {
            OrderAck ack = ackDecoder.apply(ackJson);
            if (ack != null) {
                return ack;
            }
        } catch (RuntimeException e) {
            LOG.warn("could not decode ack {}", SocketArguments.abbreviate(ackJson, MAX_LOGGED_CHARS), e);
        }
        return OrderAck.failed("UNREADABLE_ACK", "The server's answer could not be read: "
                + SocketArguments.abbreviate(ackJson, MAX_LOGGED_CHARS));
    }

    /** True while the Socket.IO connection is up. */
    public boolean isConnected() {
        return socket.connected();
    }

    /** The server URL as shown to people (never contains the token, which is not part of it). */
    public String displayUrl() {
        return options.serverUrl().toString();
    }

    /**
     * Disconnects, cancels any pending reconnect and releases the HTTP client's threads. Waits up to a second
     * for the disconnect to complete; safe to call twice.
     */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        ScheduledFuture<?> pending = pendingReconnect;
        if (pending != null) {
            pending.cancel(false);
        }
        if (socket.connected()) {
            socket.disconnect();
            try {
                if (!closedLatch.await(1, TimeUnit.SECONDS)) {
                    LOG.debug("disconnect from {} did not complete within a second", displayUrl());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            socket.disconnect();
        }
        socket.off();
        socket.io().off();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Stamp stamp() {
        return Stamp.local(ingress.frameCount(), clock.getAsLong());
    }

    @Override
    public String toString() {
        return "WebSocketFeed[" + options + "]";
    }
}
