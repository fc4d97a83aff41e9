package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short version of the 50-restart fault run (docs/reliability.md): 5 restarts of the simulator mid-game. */
class SimulatorRestartTest {

    @TempDir
    Path dir;

    @Test
    void theClientReconnectsAfterEveryRestartWithoutDuplicateGamesOrBrokenRecordings() throws Exception {
        SimulatorRestarts.Report report = SimulatorRestarts.run(5, 11, dir);

        System.out.println(report);
        assertThat(report.failures()).isEmpty();
        assertThat(report.reconnected()).isEqualTo(5);
        assertThat(report.duplicateStarts()).isZero();
        assertThat(report.duplicateEnds()).isZero();
        assertThat(report.longestBackoffMs()).isLessThanOrEqualTo(10_000 * 13 / 10);
        assertThat(report.recordings().problems()).isEmpty();
        assertThat(report.recordings().files()).isPositive();
    }
}
