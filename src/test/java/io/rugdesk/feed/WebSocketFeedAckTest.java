package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.event.EventBus;
import io.rugdesk.protocol.OrderAck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Requests with acks and authentication against the official Node.js Socket.IO server ({@code ack-server.js}):
 * the token reaches the server and nowhere else, acks come back as exact JSON text, refusals are immediate,
 * and closing leaves no threads behind.
 */
class WebSocketFeedAckTest {

    private static final String TOKEN = "expected-token-7f3a";

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> ackTexts = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger feedLogger = (Logger) LoggerFactory.getLogger("io.rugdesk");
    private ReplayServer server;

    /** Reads the ack like the real codec will: payload = last argument. */
    private final Function<String, OrderAck> ackDecoder = json -> {
        ackTexts.add(json);
        try {
            JsonNode args = FeedTestRig.JSON.readTree(json);
            JsonNode ack = args.get(args.size() - 1);
            return ack.path("success").asBoolean() ? OrderAck.ok()
                    : OrderAck.failed(ack.path("error").asText(), ack.path("message").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @BeforeEach
    void startServer() throws Exception {
        logs.start();
        feedLogger.addAppender(logs);
        server = ReplayServer.startScript("ack-server.js", TOKEN);
    }

    @AfterEach
    void tearDown() throws Exception {
        feedLogger.detachAppender(logs);
        if (server != null) {
            server.close();
        }
        timer.shutdownNow();
        assertThat(failures).isEmpty();
    }

    @Test
    void authenticatesAcksOrdersAndClosesWithoutLeakingThreadsOrTheToken() throws Exception {
        Set<String> threadsBefore = transportThreads();
        // someone debugging turned the library's packet logging on: the token must still not show up there
        java.util.logging.Logger library = java.util.logging.Logger.getLogger("io.socket");
        library.setLevel(java.util.logging.Level.ALL);
        List<String> libraryLogs = new CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                libraryLogs.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        library.addHandler(handler);
        EventBus bus = FeedTestRig.failingBus(failures);
        List<ConnectionEvent> connectionEvents = new CopyOnWriteArrayList<>();
        bus.subscribe(ConnectionEvent.class, connectionEvents::add);
        FeedTestRig.RecordingDecoder decoder = new FeedTestRig.RecordingDecoder();
        WebSocketFeed feed = new WebSocketFeed(FeedOptions.of(server.url()).withToken(TOKEN),
                new FrameIngress(decoder, bus, System::currentTimeMillis), bus, ackDecoder, Runnable::run, timer,
                System::currentTimeMillis, () -> 0.5);

        CompletableFuture<OrderAck> early = new CompletableFuture<>();
        feed.emitWithAck("buyOrder", "{\"amount\":0.1}", early::complete);
        assertThat(early.get(1, TimeUnit.SECONDS).error()).isEqualTo("NOT_CONNECTED");

        feed.connect();
        await().atMost(Duration.ofSeconds(10)).until(() -> decoder.count("authResult") == 1);
        assertThat(decoder.frames.get(0).argumentsJson()).isEqualTo("[{\"ok\":true}]");
        assertThat(transportThreads()).as("the connection runs on OkHttp and EventThread threads")
                .isNotEmpty().isNotEqualTo(threadsBefore);

        CompletableFuture<OrderAck> bought = new CompletableFuture<>();
        feed.emitWithAck("buyOrder", "{\"amount\":0.020000000000000018}", bought::complete);
        assertThat(bought.get(5, TimeUnit.SECONDS).success()).isTrue();
        assertThat(FeedTestRig.sameJson("[{\"success\":true,\"echo\":{\"amount\":0.020000000000000018}}]",
                ackTexts.get(0))).isTrue();
        assertThat(ackTexts.get(0)).contains("0.020000000000000018");

        CompletableFuture<OrderAck> refused = new CompletableFuture<>();
        feed.emitWithAck("badOrder", "{\"amount\":1000}", refused::complete);
        assertThat(refused.get(5, TimeUnit.SECONDS)).isEqualTo(OrderAck.failed("INSUFFICIENT_BALANCE",
                "Not enough SOL"));

        CompletableFuture<OrderAck> notJson = new CompletableFuture<>();
        feed.emitWithAck("buyOrder", "{amount:", notJson::complete);
        assertThat(notJson.get(1, TimeUnit.SECONDS).error()).isEqualTo("BAD_REQUEST");

        feed.close();
        feed.close();
        assertThat(feed.isConnected()).isFalse();
        assertThat(connectionEvents).last().isEqualTo(connectionEvents.stream()
                .filter(Disconnected.class::isInstance).reduce((a, b) -> b).orElseThrow());
        assertThat(((Disconnected) connectionEvents.get(connectionEvents.size() - 1)).reason())
                .isEqualTo("Closed by the user");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(transportThreads()).as("threads left by the feed").isSubsetOf(threadsBefore));

        assertThat(connectionEvents).noneMatch(e -> e.toString().contains(TOKEN));
        assertThat(logs.list).isNotEmpty().noneMatch(e -> e.getFormattedMessage().contains(TOKEN));
        assertThat(feed.toString()).doesNotContain(TOKEN);
        library.removeHandler(handler);
        assertThat(libraryLogs).noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void anAckTheDecoderCannotReadBecomesAFailureNotACrash() throws Exception {
        EventBus bus = FeedTestRig.failingBus(failures);
        WebSocketFeed feed = new WebSocketFeed(FeedOptions.of(server.url()), new FrameIngress(
                new FeedTestRig.RecordingDecoder(), bus, System::currentTimeMillis), bus,
                json -> { throw new IllegalStateException("codec not ready"); }, Runnable::run, timer,
                System::currentTimeMillis, () -> 0.5);
        try (feed) {
            feed.connect();
            await().atMost(Duration.ofSeconds(10)).until(feed::isConnected);
            CompletableFuture<OrderAck> answer = new CompletableFuture<>();
            feed.emitWithAck("buyOrder", "{\"amount\":0.1}", answer::complete);
            OrderAck ack = answer.get(5, TimeUnit.SECONDS);
            assertThat(ack.success()).isFalse();
            assertThat(ack.error()).isEqualTo("UNREADABLE_ACK");
            assertThat(ack.message()).contains("\"success\":true");
        }
    }

    @Test
    void theAckReachesTheBusInWireOrderWithTheFrames() throws Exception {
        // a domain thread busy elsewhere: nothing runs until released, as under load
        java.util.concurrent.BlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        EventBus bus = new EventBus(held::add, failure -> failures.add(failure.error()));
        List<String> delivered = new CopyOnWriteArrayList<>();
        bus.subscribe(io.rugdesk.protocol.UnknownEvent.class, frame -> delivered.add(frame.eventName()));
        bus.subscribe(OrderAck.class, ack -> delivered.add("ack"));
        FeedTestRig.RecordingDecoder decoder = new FeedTestRig.RecordingDecoder();
        WebSocketFeed feed = new WebSocketFeed(FeedOptions.of(server.url()), new FrameIngress(decoder, bus,
                System::currentTimeMillis), bus, ackDecoder, held::add, timer, System::currentTimeMillis, () -> 0.5);
        try (feed) {
            feed.connect();
            await().atMost(Duration.ofSeconds(30)).until(feed::isConnected);
            // the trading controller's callback: publish the ack, nothing else
            feed.emitWithAck("sellOrder", "{\"percentage\":50}", bus::publish);
            // the EventThread handles the ack before the frame sent after it
            await().atMost(Duration.ofSeconds(30)).until(() -> decoder.count("gameStateUpdate") == 1);
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
        assertThat(delivered).containsExactly("playerUpdate", "ack", "gameStateUpdate");
    }

    /**
     * Threads a feed starts: OkHttp's dispatcher, reader and WebSocket writer, socket.io's EventThread. Not
     * "OkHttp ConnectionPool": that is one static daemon executor shared by every OkHttp client in the JVM,
     * whose idle thread lingers 60 s by design after the pool empties (evictAll empties it).
     */
    private static Set<String> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("OkHttp") || name.startsWith("EventThread"))
                .filter(name -> !name.equals("OkHttp ConnectionPool"))
                .collect(Collectors.toSet());
    }
}
