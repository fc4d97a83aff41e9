package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.recording.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Short version of the 20-kill fault run (docs/reliability.md): the app is SIGKILLed 3 times while recording. */
class KilledWhileRecordingTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyRecordingLeftByAKillIsRecoveredAtTheNextStart() throws Exception {
        KilledWhileRecording.Report report = KilledWhileRecording.run(3, 5, dir);

        System.out.println(report);
        assertThat(report.failures()).isEmpty();
        assertThat(report.partialsLeft()).as("each kill interrupted a recording").isGreaterThanOrEqualTo(3);
        assertThat(report.unrecovered()).isZero();
        assertThat(report.recordings().problems()).isEmpty();
        assertThat(report.recordings().outcomes().getOrDefault(Outcome.INCOMPLETE, 0))
                .isEqualTo(report.partialsLeft());
    }
}
