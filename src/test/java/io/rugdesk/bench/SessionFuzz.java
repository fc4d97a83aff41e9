package io.rugdesk.bench;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.sim.SimConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fuzz run on a live session: mutated real frames go through a FrameIngress onto the session's own bus
 * (lifecycle, account, trading, verifier, fairness, recorder with auto-record) while it is connected to the
 * simulator; afterwards the same session must still get a buy confirmed. Thread: the caller's.
 */
final class SessionFuzz {

    /** The fuzz report, whether the session traded afterwards, and the recordings the chaos produced. */
    record Outcome(FrameFuzz.Report report, boolean tradedAfterwards, String lastRefusal, RecordingAudit recordings,
                   long busFailures) { }

    private SessionFuzz() {
    }

    static Outcome run(int frames, long seed, Path folder) throws Exception {
        List<CaptureRecord> real = new ArrayList<>(RealFrames.serverEvents(RealFrames.capture(RealFrames.CAPTURE_A)));
        real.addAll(RealFrames.serverEvents(RealFrames.capture(RealFrames.CAPTURE_B)));
        SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withSpeed(20).withBots(1))
                .withConfigDir(folder.resolve("config")).withRecordingFolder(folder.resolve("recordings"))
                .withAutoRecord(true);
        FrameFuzz.Report report;
        boolean traded;
        String refusal;
        long failures;
        try (ClientSession session = ClientSession.start(config);
             SessionTrader trader = new SessionTrader(session)) {
            report = FrameFuzz.run(real, seed, frames, session.bus(), session.domain());
            traded = trader.buyAndAwait(60);
            refusal = trader.lastRefusal();
            failures = session.bus().failureCount();
        }
        return new Outcome(report, traded, refusal, RecordingAudit.of(folder.resolve("recordings")), failures);
    }
}
