package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EdtStallMonitorTest {

    private static final long MS = 1_000_000L;

    @Test
    void reportsHowMuchLaterThanDueEachFiringCame() {
        AtomicLong now = new AtomicLong();
        EdtStallMonitor monitor = new EdtStallMonitor(now::get);
        assertThat(monitor.report().samples()).isZero();

        monitor.fired();
        long[] gaps = {10, 10, 11, 10, 130, 10, 12, 10, 10, 10};
        for (long gap : gaps) {
            now.addAndGet(gap * MS);
            monitor.fired();
        }

        EdtStallMonitor.Report report = monitor.report();
        assertThat(report.samples()).isEqualTo(gaps.length);
        assertThat(report.maxMs()).isCloseTo(120.0, within(1e-9));
        assertThat(report.p50Ms()).isZero();
        assertThat(report.p99Ms()).isCloseTo(120.0, within(1e-9));
        assertThat(report.toString()).contains("max 120.0 ms");
    }

    @Test
    void earlyFiringsCountAsNoStall() {
        AtomicLong now = new AtomicLong();
        EdtStallMonitor monitor = new EdtStallMonitor(now::get);
        monitor.fired();
        now.addAndGet(4 * MS);
        monitor.fired();
        assertThat(monitor.report().maxMs()).isZero();
    }
}
