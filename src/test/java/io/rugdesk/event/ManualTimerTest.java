package io.rugdesk.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test double every domain test moves time with: due order, re-armed periodic tasks, closing. */
class ManualTimerTest {

    private final ManualTimer timer = new ManualTimer(1_000);
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsWhatFallsDueInDueOrderEachAtItsOwnTime() {
        timer.after(Duration.ofMillis(300), () -> ran.add("c@" + timer.millis()));
        timer.after(Duration.ofMillis(100), () -> ran.add("a@" + timer.millis()));
        timer.after(Duration.ofMillis(100), () -> ran.add("b@" + timer.millis()));
        timer.advance(Duration.ofMillis(299));
        assertThat(ran).containsExactly("a@1100", "b@1100");
        assertThat(timer.millis()).isEqualTo(1_299);
        assertThat(timer.clock().millis()).isEqualTo(1_299);
        timer.advance(Duration.ofMillis(1));
        assertThat(ran).containsExactly("a@1100", "b@1100", "c@1300");
        assertThat(timer.pending()).isZero();
    }

    @Test
    void periodicTasksAreReArmedUntilClosed() {
        DomainTimer.Handle handle = timer.every(Duration.ofMillis(100), () -> ran.add("tick@" + timer.millis()));
        timer.after(Duration.ofMillis(150), () -> ran.add("once@" + timer.millis()));
        timer.advance(Duration.ofMillis(250));
        assertThat(ran).containsExactly("tick@1100", "once@1150", "tick@1200");
        assertThat(timer.pending()).isOne();
        handle.close();
        handle.close();
        timer.advance(Duration.ofSeconds(1));
        assertThat(ran).hasSize(3);
        assertThat(timer.pending()).isZero();
    }

    @Test
    void aClosedTaskDoesNotRunAndATaskMayScheduleAnother() {
        timer.after(Duration.ofMillis(10), () -> ran.add("closed")).close();
        timer.after(Duration.ofMillis(10), () -> timer.after(Duration.ofMillis(5), () -> ran.add("chained@"
                + timer.millis())));
        timer.advance(Duration.ofMillis(20));
        assertThat(ran).containsExactly("chained@1015");
    }
}
