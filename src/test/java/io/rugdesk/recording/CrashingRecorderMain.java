package io.rugdesk.recording;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameStarted;
import io.rugdesk.game.Phase;
import io.rugdesk.game.TickObserved;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Child JVM for {@link CrashRecoveryTest}: records one endless fake game into {@code args[0]} and prints
 * "tick N" after every 100th tick was written, until it is killed.
 */
public final class CrashingRecorderMain {

    private CrashingRecorderMain() {
    }

    public static void main(String[] args) {
        EventBus bus = EventBus.direct(failure -> System.exit(3));
        GameRecorder recorder = new GameRecorder(bus, new RecordingSettings(Path.of(args[0]), true), null,
                GameRecorder.Config.defaults("child", "crash-test"), new ManualTimer(), // the game never ends: no grace
                Clock.systemUTC(), RecordingFileWriter.ChannelOpener.FILES, Runnable::run); // written when printed
        recorder.start();
        bus.subscribe(RecordingFailed.class, failed -> System.exit(4));
        bus.publish(new GameStarted(new Stamp(0, System.currentTimeMillis()), "crash", 0, false, "hash"));
        for (int tick = 0; tick < 5_000_000; tick++) {
            bus.publish(new TickObserved(new Stamp(tick + 1, System.currentTimeMillis()), "crash", tick,
                    GameScript.price("crash", tick), Phase.ACTIVE));
            if (tick % 100 == 0) {
                System.out.println("tick " + tick);
                System.out.flush();
            }
        }
        sleepForever();
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
