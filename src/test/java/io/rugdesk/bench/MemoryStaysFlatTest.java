package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short version of the 5,000-game memory benchmark: 30 simulated games with auto-record on, at a speed the
 * client keeps up with (so few frames are in flight when the heap is measured). Between game 10 and game 30
 * the retained heap grows by less than a generous 16 MB (keeping every game's decoded frames would be about
 * 1 MB a game), the bus's subscription count does not change, and every game got a recording.
 */
class MemoryStaysFlatTest {

    @TempDir
    Path dir;

    @Test
    void heapAndSubscriptionsStayFlatOverThirtyGames() throws Exception {
        List<MemoryBench.Sample> samples = MemoryBench.run(30, 10, 400, dir, games -> { });

        MemoryBench.Sample first = samples.get(0);
        MemoryBench.Sample last = samples.get(samples.size() - 1);
        System.out.println(samples);
        assertThat(last.heapBytes() - first.heapBytes()).as("retained heap growth from game 20 to 100")
                .isLessThan(16L << 20);
        assertThat(samples).extracting(MemoryBench.Sample::subscriptions).containsOnly(first.subscriptions());
        assertThat(last.recordingFailures()).isZero();
        assertThat(last.recordings()).isGreaterThanOrEqualTo(28);
    }
}
