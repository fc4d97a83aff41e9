package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.event.DomainThread;
import io.rugdesk.event.DomainTimer;
import io.rugdesk.event.Event;
import io.rugdesk.event.EventBus;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole connection life against the official Node.js Socket.IO server on the real domain thread: prices flow
 * (HEALTHY), the replay ends while the connection stays up (STALE), the server process is killed (DISCONNECTED,
 * capped backoff), restarted on the same port (Reconnected before the new snapshot, HEALTHY again).
 */
class WebSocketFeedReconnectTest {

    private static final Duration CAP = Duration.ofMillis(400);

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService domain = DomainThread.start();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<ReplayServer> servers = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        for (ReplayServer server : servers) {
            server.close();
        }
        timer.shutdownNow();
        domain.shutdownNow();
        assertThat(failures).isEmpty();
    }

    @Test
    void staleWhenFramesStopReconnectsAfterAKilledServerAndResyncs() throws Exception {
        Path capture = Fixtures.capture1212();
        ReplayServer first = ReplayServer.start(capture, 0, 40);
        servers.add(first);
        int port = first.port();

        EventBus bus = new EventBus(domain, failure -> failures.add(failure.error()));
        List<Event> timeline = new CopyOnWriteArrayList<>();
        bus.subscribe(ConnectionEvent.class, timeline::add);
        bus.subscribe(FeedEvent.class, timeline::add);
        ConnectionHealthMonitor monitor = new ConnectionHealthMonitor(bus, System::currentTimeMillis,
                ConnectionHealthMonitor.Thresholds.defaults()).start(DomainTimer.on(timer, domain));
        toClose.add(monitor);
        FrameIngress ingress = new FrameIngress(new FeedTestRig.RecordingDecoder(), bus, System::currentTimeMillis);
        FeedOptions options = FeedOptions.of(first.url()).withToken("do-not-leak-this-token")
                .withReconnect(Duration.ofMillis(100), CAP, 0.2, 0);
        WebSocketFeed feed = new WebSocketFeed(options, ingress, bus, json -> null, domain, timer,
                System::currentTimeMillis, () -> 0.5);
        toClose.add(feed);

        feed.connect();
        await().atMost(Duration.ofSeconds(15)).until(() -> count(timeline, "replayFinished") == 1);
        assertThat(healths(timeline)).contains(ConnectionHealth.HEALTHY);
        await().atMost(Duration.ofSeconds(5)).until(() -> healths(timeline).contains(ConnectionHealth.STALE));
        assertThat(feed.isConnected()).as("stale is not disconnected").isTrue();

        first.kill();
        await().atMost(Duration.ofSeconds(5)).until(() -> timeline.stream()
                .filter(ReconnectScheduled.class::isInstance).count() >= 4); // waits 100, 200, 400, 400 ms
        ReplayServer second = ReplayServer.start(capture, port, 40);
        servers.add(second);
        await().atMost(Duration.ofSeconds(10)).until(() -> timeline.stream().anyMatch(Reconnected.class::isInstance));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(timeline, "replayFinished") == 2);

        List<ReconnectScheduled> waits = timeline.stream().filter(ReconnectScheduled.class::isInstance)
                .map(ReconnectScheduled.class::cast).toList();
        assertThat(waits).allSatisfy(w -> assertThat(w.delayMs()).isBetween(1L, CAP.toMillis()));
        assertThat(waits).extracting(ReconnectScheduled::attempt)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, waits.size()).boxed().toList());
        assertThat(waits.get(0).delayMs()).isEqualTo(100);
        assertThat(waits.get(1).delayMs()).isEqualTo(200);
        Reconnected reconnected = timeline.stream().filter(Reconnected.class::isInstance)
                .map(Reconnected.class::cast).findFirst().orElseThrow();
        assertThat(reconnected.attempt()).isEqualTo(waits.get(waits.size() - 1).attempt());

        // nothing flows while disconnected, and the first frame after the reconnect is the snapshot
        int lost = indexOf(timeline, Disconnected.class);
        int back = timeline.indexOf(reconnected);
        assertThat(timeline.subList(lost, back)).noneMatch(FeedEvent.class::isInstance);
        FeedEvent firstAfter = timeline.subList(back, timeline.size()).stream().filter(FeedEvent.class::isInstance)
                .map(FeedEvent.class::cast).findFirst().orElseThrow();
        assertThat(firstAfter.eventName()).isEqualTo("gameStateUpdate");
        assertThat(timeline.subList(lost, back)).filteredOn(Connected.class::isInstance).hasSize(1);

        assertThat(healths(timeline)).containsSubsequence(ConnectionHealth.HEALTHY, ConnectionHealth.STALE,
                ConnectionHealth.DISCONNECTED, ConnectionHealth.HEALTHY);
        assertThat(timeline).noneMatch(e -> e.toString().contains("do-not-leak-this-token"));
    }

    private static long count(List<Event> timeline, String eventName) {
        return timeline.stream().filter(e -> e instanceof FeedEvent f && f.eventName().equals(eventName)).count();
    }

    private static List<ConnectionHealth> healths(List<Event> timeline) {
        return timeline.stream().filter(ConnectionHealthChanged.class::isInstance)
                .map(e -> ((ConnectionHealthChanged) e).health()).toList();
    }

    private static int indexOf(List<Event> timeline, Class<?> type) {
        for (int i = 0; i < timeline.size(); i++) {
            if (type.isInstance(timeline.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + timeline);
    }
}
