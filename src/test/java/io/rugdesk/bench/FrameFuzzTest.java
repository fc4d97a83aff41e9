package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short version of the 100,000-frame fuzz (docs/reliability.md): 5,000 mutated real frames through the ingress
 * onto a bus with the real domain subscribers. No exception escapes, every frame that must be rejected is,
 * every rejection has a reason, no subscriber fails.
 */
class FrameFuzzTest {

    @Test
    void mutatedRealFramesAreRejectedWithAReasonAndBreakNoSubscriber() throws Exception {
        List<CaptureRecord> frames = new ArrayList<>(RealFrames.serverEvents(Fixtures.capture1212()));
        frames.addAll(RealFrames.serverEvents(Fixtures.capture1214()));
        try (DomainPipeline pipeline = new DomainPipeline()) {
            FrameFuzz.Report report = FrameFuzz.run(frames, 7, 5_000, pipeline.bus, pipeline.domain);

            report.byKind().forEach((kind, tally) -> System.out.println(kind + ": " + tally));
            assertThat(report.frames()).isEqualTo(5_000);
            assertThat(report.violations()).isEmpty();
            assertThat(report.subscriberFailures()).as("subscriber failures").isZero();
            assertThat(pipeline.failures).hasValue(0);
            assertThat(report.byKind()).hasSize(FrameMutator.Kind.values().length);
        }
    }
}
