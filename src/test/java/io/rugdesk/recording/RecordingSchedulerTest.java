package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.DomainThread;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The production scheduler runs the grace task on the domain thread, and a cancelled task never runs. */
class RecordingSchedulerTest {

    @Test
    void tasksRunOnTheDomainThreadAndCancelledOnesDoNot() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService domain = DomainThread.start();
        try {
            RecordingScheduler scheduler = RecordingScheduler.onDomain(timer, domain);
            CompletableFuture<Boolean> ranOnDomain = new CompletableFuture<>();
            CompletableFuture<Boolean> cancelledRan = new CompletableFuture<>();
            scheduler.schedule(Duration.ofHours(1), () -> cancelledRan.complete(true)).cancel();
            scheduler.schedule(Duration.ofMillis(1), () -> ranOnDomain.complete(DomainThread.isCurrent()));
            assertThat(ranOnDomain.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(timer.shutdownNow()).as("what is left in the timer is cancelled")
                    .allMatch(task -> ((java.util.concurrent.Future<?>) task).isCancelled());
            assertThat(cancelledRan).isNotDone();
        } finally {
            timer.shutdownNow();
            domain.shutdownNow();
        }
    }
}
