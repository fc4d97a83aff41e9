package io.rugdesk.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bus's load figures: queue depth and how long events waited, on a held-back executor and a manual clock. */
class EventBusLoadTest {

    private final ArrayDeque<Runnable> domainQueue = new ArrayDeque<>();
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final EventBus bus = new EventBus(domainQueue::add, failure -> {
        throw new AssertionError(failure.error());
    }, nanos::get);

    private record Ping(Stamp stamp) implements Event { }

    @Test
    void depthAndWaitAreTheMostSinceTheLastLook() {
        List<Ping> delivered = new ArrayList<>();
        bus.subscribe(Ping.class, delivered::add);
        bus.publish(new Ping(new Stamp(1, 0)));          // published at 0 ms
        nanos.addAndGet(2_000_000);
        bus.publish(new Ping(new Stamp(2, 0)));          // at 2 ms
        bus.publish(new Ping(new Stamp(3, 0)));
        assertThat(bus.takeLoad()).isEqualTo(new EventBus.Load(3, 3, 0));

        nanos.addAndGet(7_500_000);                      // the domain thread comes round at 9.5 ms
        domainQueue.poll().run();
        assertThat(delivered).hasSize(3);
        // the first event waited 9.5 ms; the depth seen since the last look started from the 3 then queued
        assertThat(bus.takeLoad()).isEqualTo(new EventBus.Load(0, 3, 9_500));
        assertThat(bus.takeLoad()).isEqualTo(new EventBus.Load(0, 0, 0));
    }
}
