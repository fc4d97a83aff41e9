package io.rugdesk.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The production timer runs every task on the domain thread, and a closed task never runs again. */
class DomainTimerTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService domain = DomainThread.start();
    private final DomainTimer domainTimer = DomainTimer.on(timer, domain);

    @AfterEach
    void stop() {
        timer.shutdownNow();
        domain.shutdownNow();
    }

    @Test
    void oneShotTasksRunOnTheDomainThreadAndClosedOnesDoNot() throws Exception {
        CompletableFuture<Boolean> ranOnDomain = new CompletableFuture<>();
        CompletableFuture<Boolean> closedRan = new CompletableFuture<>();
        domainTimer.after(Duration.ofHours(1), () -> closedRan.complete(true)).close();
        domainTimer.after(Duration.ofMillis(1), () -> ranOnDomain.complete(DomainThread.isCurrent()));
        assertThat(ranOnDomain.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(timer.shutdownNow()).as("what is left in the timer is cancelled")
                .allMatch(task -> ((Future<?>) task).isCancelled());
        assertThat(closedRan).isNotDone();
    }

    @Test
    void periodicTasksRepeatOnTheDomainThreadUntilClosed() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Boolean> onDomain = new ArrayList<>(); // written on the domain thread only
        CountDownLatch three = new CountDownLatch(3);
        DomainTimer.Handle handle = domainTimer.every(Duration.ofMillis(5), () -> {
            onDomain.add(DomainThread.isCurrent());
            runs.incrementAndGet();
            three.countDown();
        });
        assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> atClose = CompletableFuture.supplyAsync(() -> {
            handle.close();
            return runs.get();
        }, domain);
        int closedAt = atClose.get(10, TimeUnit.SECONDS);
        Thread.sleep(50); // ten periods: a run handed over before the close would show up here
        CompletableFuture<List<Boolean>> seen = CompletableFuture.supplyAsync(() -> List.copyOf(onDomain), domain);
        assertThat(runs.get()).as("closed on the domain thread: no run afterwards").isEqualTo(closedAt);
        assertThat(seen.get(10, TimeUnit.SECONDS)).isNotEmpty().containsOnly(true);
        handle.close(); // twice is harmless
    }
}
