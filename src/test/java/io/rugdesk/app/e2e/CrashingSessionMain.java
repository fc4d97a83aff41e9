package io.rugdesk.app.e2e;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.game.TickObserved;
import io.rugdesk.recording.RecordingStarted;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Child JVM of {@link CrashRecoveryLoopbackTest}: a session with auto-record against the parent's simulator;
 * prints {@code RECORDING <file>} once a few ticks are written, then waits to be killed. Thread: main.
 */
public final class CrashingSessionMain {

    private CrashingSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        SessionConfig config = SessionConfig.defaults(args[0]).withToken("crash-test-token")
                .withConfigDir(folder.resolve("config")).withRecordingFolder(folder).withAutoRecord(true);
        ClientSession session = ClientSession.start(config);
        AtomicReference<Path> file = new AtomicReference<>();
        AtomicInteger ticks = new AtomicInteger();
        session.bus().subscribe(RecordingStarted.class, started -> file.set(started.file()));
        session.bus().subscribe(TickObserved.class, tick -> {
            if (file.get() != null && ticks.incrementAndGet() == 20) {
                System.out.println("RECORDING " + file.get());
                System.out.flush();
            }
        });
        Thread.sleep(120_000);
        session.close();
    }
}
