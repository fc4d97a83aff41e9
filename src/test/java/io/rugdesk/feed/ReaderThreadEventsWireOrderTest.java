package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.event.EventBus;
import io.rugdesk.protocol.OrderAck;
import io.rugdesk.protocol.UnknownEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/**
 * Events decoded on OkHttp's reader thread ({@link ReaderThreadEvents}) and an order's ACK, which socket.io-client
 * handles on its EventThread, are handed on in wire order: the official Socket.IO server sends a burst of events,
 * the ACK, and another burst, five times, and the hand-overs come in exactly that sequence. The domain executor
 * is direct here, so what is seen is the feed's hand-over order; on a real domain thread the bus then delivers
 * frames published while it is draining before a task queued meanwhile (an ACK's), which is the bus's order, not
 * the feed's (docs/performance.md). The events after each ACK are still taken on the reader thread, which waits
 * for the EventThread to finish the ACK instead of sending the rest of the burst its way.
 */
class ReaderThreadEventsWireOrderTest {

    private static final int BURST = 300;
    private static final int ORDERS = 5;

    @Test
    void anAckArrivesBetweenTheFramesItCameBetween() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Executor domain = Runnable::run;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (ReplayServer server = ReplayServer.startScript("ack-server.js", "token")) {
            EventBus bus = new EventBus(domain, failure -> failures.add(failure.error()));
            bus.subscribe(UnknownEvent.class, event -> {
                seen.add(event.eventName());
                threads.add(Thread.currentThread().getName());
            });
            FrameIngress ingress = new FrameIngress((name, json, stamp) -> new UnknownEvent(stamp, name, json), bus,
                    System::currentTimeMillis);
            WebSocketFeed feed = new WebSocketFeed(FeedOptions.of(server.url()).withTransports(List.of("websocket")),
                    ingress, bus, json -> OrderAck.ok(), domain, timer, System::currentTimeMillis, () -> 0.5);
            try {
                feed.connect();
                await().atMost(Duration.ofSeconds(30)).until(feed::isConnected);
                for (int order = 0; order < ORDERS; order++) {
                    feed.emitWithAck("floodOrder", "{\"count\":" + BURST + "}", ack -> seen.add("ack"));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> seen.size() >= ORDERS * (2 * BURST + 1));
            } finally {
                feed.close();
            }
        } finally {
            timer.shutdownNow();
        }
        List<String> expected = new ArrayList<>();
        for (int order = 0; order < ORDERS; order++) {
            expected.addAll(Collections.nCopies(BURST, "before"));
            expected.add("ack");
            expected.addAll(Collections.nCopies(BURST, "after"));
        }
        assertThat(failures).isEmpty();
        assertThat(seen).containsExactlyElementsOf(expected);
        // the domain executor is direct: each frame was handed over on the thread that read and decoded it
        assertThat(threads).hasSize(ORDERS * 2 * BURST).allMatch(name -> name.startsWith("OkHttp"),
                "read and decoded on OkHttp's reader thread, none on the library's EventThread");
    }
}
