package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.game.TickObserved;
import io.rugdesk.recording.RecordingStarted;
import io.rugdesk.sim.SimConfig;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The app as a child JVM for the SIGKILL fault: a session against the embedded simulator with auto-record into
 * {@code args[0]}. Prints {@code started} once the session is up (interrupted recordings of an earlier run
 * are recovered by then), {@code recording} at each recording start and {@code ticks N} every 50 ticks, then
 * runs until killed. Thread: main waits forever; the prints run on the domain thread.
 */
public final class RecordingSessionMain {

    private RecordingSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withSpeed(20).withBots(1))
                .withConfigDir(folder.resolve("config")).withRecordingFolder(folder.resolve("recordings"))
                .withAutoRecord(true);
        ClientSession session = ClientSession.start(config);
        AtomicLong ticks = new AtomicLong();
        session.bus().subscribe(RecordingStarted.class, started -> say("recording"));
        session.bus().subscribe(TickObserved.class, tick -> {
            if (ticks.incrementAndGet() % 50 == 0) {
                say("ticks " + ticks.get());
            }
        });
        say("started");
        Thread.sleep(Long.MAX_VALUE);
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
