package io.rugdesk.app.e2e;

import static org.awaitility.Awaitility.await;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.event.EventBus;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameEnded;
import io.rugdesk.sim.SimConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An embedded {@link ClientSession} against its in-process simulator for the end-to-end tests: every event the
 * bus delivers is kept, domain state is read on the domain thread. Thread: the test's thread.
 */
final class LoopbackRig implements AutoCloseable {

    /** Games a long test plays: {@code -Drugdesk.e2e.games=50} runs the full count (scripts/soak.sh). */
    static int games(int suiteDefault) {
        return Integer.getInteger("rugdesk.e2e.games", suiteDefault);
    }

    final ClientSession session;
    /** Every event of the session, from the first (the rig listens before the session connects). */
    final List<Object> events;

    private LoopbackRig(ClientSession session, List<Object> events) {
        this.session = session;
        this.events = events;
    }

    static LoopbackRig start(Path dir, SimConfig simulator, Boolean autoRecord) throws Exception {
        SessionConfig config = SessionConfig.embedded(simulator).withConfigDir(dir.resolve("config"))
                .withRecordingFolder(dir.resolve("recordings")).withAutoRecord(autoRecord)
                .withOrderTimeout(Duration.ofSeconds(5));
        List<Object> events = new CopyOnWriteArrayList<>();
        ClientSession session = ClientSession.start(config, started -> started.bus().subscribe(Object.class,
                events::add));
        return new LoopbackRig(session, events);
    }

    EventBus bus() {
        return session.bus();
    }

    static Stamp now() {
        return Stamp.local(0, System.currentTimeMillis());
    }

    <T> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    long endedGames() {
        return all(GameEnded.class).stream().map(GameEnded::gameId).distinct().count();
    }

    void awaitGamesEnded(long count, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> endedGames() >= count);
    }

    /**
     * Reads domain state on the domain thread. The limit is generous: under load the domain thread may be seconds
     * behind the feed, and a read queued behind that backlog is slow, not wrong.
     */
    <T> T onDomain(Supplier<T> read) throws Exception {
        return CompletableFuture.supplyAsync(read, session.domain()).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        session.close();
    }
}
