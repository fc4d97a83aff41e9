package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.ui.UiSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's assembler is wired with the session, before it connects: it hears the session's first event. */
class GuiSessionsTest {

    @TempDir
    Path dir;

    @Test
    void aFastHealthyStartNeverShowsNotConnected() throws Exception {
        SessionConfig config = new SessionConfig(null, null, SimConfig.defaults().withSpeed(20),
                dir.resolve("config"), dir.resolve("recordings"), false, Duration.ofSeconds(10), false);
        GuiSessions sessions = new GuiSessions(ClientSession::start, System::currentTimeMillis);
        GuiSessions.Live live;
        try {
            live = sessions.open(config).get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> live.session().isConnected()
                    && flushed(live).permissions().buy().enabled());
            UiSnapshot shown = flushed(live);
            // Connecting is published inside connect(): only a listener wired before it can have logged it
            assertThat(shown.events()).extracting(UiSnapshot.LogEntry::text)
                    .startsWith("connecting to embedded simulator", "connected (websocket)");
            assertThat(shown.connection().healthText()).isNotIn("not connected", "connecting…");
            assertThat(shown.player().loggedIn()).isTrue();
            assertThat(shown.recording().autoRecord()).isFalse();
        } finally {
            sessions.close();
        }
        assertThat(live.session().bus().subscriptionCount())
                .as("closing the session closes every component's handle, the window's included").isZero();
    }

    /** The snapshot the window would show next: built on the session's domain thread, like the timer does. */
    private static UiSnapshot flushed(GuiSessions.Live live) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            live.assembler().flush();
            return live.assembler().latest();
        }, live.session().domain()).get(10, TimeUnit.SECONDS);
    }
}
