package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.app.CaptureRecordings;
import io.rugdesk.event.EventBus;
import io.rugdesk.testing.Fixtures;
import io.rugdesk.ui.UiSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Open recording… checks fairness like {@code rugdesk replay}: a recording of the real CAP-A game
 * 20251212-6114b2ff44ef4b71 (made from its frames by the client's own pipeline) replayed in the window's
 * replay shows the verdict "provably fair" in the window's event log.
 */
class RecordingReplaysFairnessTest {

    private static final String GAME = "20251212-6114b2ff44ef4b71";

    @TempDir
    Path dir;

    @Test
    void theWindowsReplayShowsTheFairnessVerdict() throws Exception {
        Path folder = dir.resolve("recordings");
        CaptureRecordings.record(CaptureRecordings.received(Fixtures.capture1212()), EventBus.direct(f -> { }),
                folder);
        Path recording = CaptureRecordings.recordingOf(folder, GAME);

        GuiSessions sessions = new GuiSessions((config, window) -> {
            throw new IllegalStateException("no live session in this test");
        }, System::currentTimeMillis);
        RecordingReplays replays = new RecordingReplays(sessions, System::currentTimeMillis);
        try {
            replays.open(recording);
            await().atMost(Duration.ofSeconds(60)).until(() -> sessions.latest() != null
                    && sessions.latest().recording().replay().length() > 0);
            replays.speed(Double.POSITIVE_INFINITY);
            replays.play();
            await().atMost(Duration.ofSeconds(60)).until(() -> sessions.latest().events().stream()
                    .map(UiSnapshot.LogEntry::text).anyMatch(text -> text.contains(GAME + " was provably fair")));
            assertThat(sessions.latest().events()).extracting(UiSnapshot.LogEntry::text)
                    .noneMatch(text -> text.contains("failed the fairness check"));
        } finally {
            replays.close();
            sessions.close();
        }
    }
}
