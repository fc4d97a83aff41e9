package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.event.EventBus;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** Nobody listening: the feed retries with capped backoff, gives up when told to, and says so. Needs no node. */
class WebSocketFeedGiveUpTest {

    @Test
    void retriesWithBackoffThenGivesUpWithAClearReason() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        EventBus bus = FeedTestRig.failingBus(failures);
        List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
        bus.subscribe(ConnectionEvent.class, events::add);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        FeedOptions options = FeedOptions.of("ws://127.0.0.1:" + closedPort())
                .withReconnect(Duration.ofMillis(20), Duration.ofMillis(50), 0, 3);
        try (WebSocketFeed feed = new WebSocketFeed(options, new FrameIngress(new FeedTestRig.RecordingDecoder(), bus,
                System::currentTimeMillis), bus, json -> null, Runnable::run, timer, System::currentTimeMillis,
                () -> 0.5)) {
            feed.connect();
            await().atMost(Duration.ofSeconds(10)).until(() -> events.stream()
                    .anyMatch(e -> e instanceof Disconnected d && d.reason().startsWith("Gave up")));
        } finally {
            timer.shutdownNow();
        }
        assertThat(events).filteredOn(ReconnectScheduled.class::isInstance)
                .extracting(e -> ((ReconnectScheduled) e).delayMs()).containsExactly(20L, 40L, 50L);
        assertThat(events).filteredOn(Connecting.class::isInstance).hasSize(4)
                .allSatisfy(e -> assertThat(((Connecting) e).url()).startsWith("ws://127.0.0.1:"));
        assertThat(events).filteredOn(Disconnected.class::isInstance).extracting(e -> ((Disconnected) e).reason())
                .startsWith("Connection failed: websocket error")
                .endsWith("Gave up after 3 reconnect attempts");
        assertThat(events).noneMatch(Connected.class::isInstance);
        assertThat(failures).isEmpty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
