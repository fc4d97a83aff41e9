package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short version of the 100,000-frame fuzz (docs/reliability.md): 5,000 mutated real frames through the ingress
 * onto a live session's bus. No exception escapes, every frame that must be rejected is, every rejection has a
 * reason, no subscriber fails, every recording the chaos produced is valid, and the session still trades.
 */
class FrameFuzzTest {

    @TempDir
    Path dir;

    @Test
    void mutatedRealFramesAreRejectedWithAReasonAndTheSessionStillTrades() throws Exception {
        Fixtures.capture1212();
        Fixtures.capture1214();

        SessionFuzz.Outcome outcome = SessionFuzz.run(5_000, 7, dir);

        FrameFuzz.Report report = outcome.report();
        report.byKind().forEach((kind, tally) -> System.out.println(kind + ": " + tally));
        assertThat(report.frames()).isEqualTo(5_000);
        assertThat(report.byKind()).hasSize(FrameMutator.Kind.values().length);
        assertThat(report.violations()).isEmpty();
        assertThat(report.subscriberFailures()).as("subscriber failures").isZero();
        assertThat(outcome.busFailures()).isZero();
        assertThat(outcome.recordings().problems()).isEmpty();
        assertThat(outcome.tradedAfterwards()).as("a buy confirmed after the fuzz; last refusal: %s",
                outcome.lastRefusal()).isTrue();
    }
}
