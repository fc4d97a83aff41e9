package io.rugdesk.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What subscribers publish during a delivery is delivered before what was queued from outside meanwhile, so the
 * order subscribers see is the same whether the domain thread keeps up with the feed or lags far behind it
 * (issue 15: a fast replay's recordings).
 */
class EventBusConsequencesFirstTest {

    private final ArrayDeque<Runnable> domainQueue = new ArrayDeque<>();

    private record Frame(Stamp stamp) implements Event { }

    /** A consequence of the frame with the same stamp; {@code step} names it. */
    private record Fact(Stamp stamp, String step) implements Event { }

    @Test
    void aFramesConsequencesFollowItEvenWhenLaterFramesAreAlreadyQueued() {
        List<String> paced = deliver(false);
        List<String> backlog = deliver(true);

        // each frame, then its facts in publication order, the fact published by a fact last
        List<String> expected = List.of("frame 1", "1 start", "1 tick", "1 start seen", "frame 2", "2 start",
                "2 tick", "2 start seen", "frame 3", "3 start", "3 tick", "3 start seen");
        assertThat(paced).containsExactlyElementsOf(expected);
        assertThat(backlog).containsExactlyElementsOf(expected);
    }

    /** Three frames published from outside; {@code backlog}: all queued before the domain thread runs. */
    private List<String> deliver(boolean backlog) {
        EventBus bus = new EventBus(domainQueue::add, failure -> {
            throw new AssertionError(failure.error());
        });
        List<String> seen = new ArrayList<>();
        bus.subscribe(Frame.class, frame -> {
            seen.add("frame " + frame.stamp().seq());
            bus.publish(new Fact(frame.stamp(), "start"));
            bus.publish(new Fact(frame.stamp(), "tick"));
        });
        bus.subscribe(Fact.class, fact -> {
            seen.add(fact.stamp().seq() + " " + fact.step());
            if (fact.step().equals("start")) {
                bus.publish(new Fact(fact.stamp(), "start seen"));
            }
        });
        for (long seq = 1; seq <= 3; seq++) {
            bus.publish(new Frame(new Stamp(seq, 0)));
            if (!backlog) {
                runDomain();
            }
        }
        runDomain();
        return seen;
    }

    private void runDomain() {
        for (Runnable task = domainQueue.poll(); task != null; task = domainQueue.poll()) {
            task.run();
        }
    }
}
