package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.recording.RecordingFailed;
import io.rugdesk.recording.RecordingStarted;
import io.rugdesk.sim.SimConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: the recording folder cannot be written, from the start (a file stands where the folder should be) or
 * from the middle of a session (the folder is replaced by a file between games). The user gets a clear
 * message naming the folder, recording stops, and trading goes on: a buy is still confirmed by the server.
 * The unit tests of the recorder cover a disk that fills up mid-file (DiskFullChannel, RecordingFailureTest).
 */
class UnwritableRecordingFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereTheFolderShouldBeStopsRecordingButNotTrading() throws Exception {
        Path folder = Files.writeString(dir.resolve("recordings"), "not a folder");
        List<RecordingFailed> failed = new CopyOnWriteArrayList<>();

        try (ClientSession session = ClientSession.start(config(folder));
             SessionTrader trader = new SessionTrader(session)) {
            session.bus().subscribe(RecordingFailed.class, failed::add);

            assertThat(SimulatorRestarts.waitFor(() -> !failed.isEmpty(), 30)).as("a RecordingFailed").isTrue();
            assertThat(trader.buyAndAwait(30)).as("buy confirmed; last refusal: %s", trader.lastRefusal()).isTrue();
            assertThat(session.bus().failureCount()).isZero();
        }
        assertThat(failed.get(0).reason()).contains(folder.toString());
        assertThat(Files.readString(folder)).isEqualTo("not a folder");
    }

    @Test
    void aFolderThatBecomesUnwritableMidSessionStopsRecordingButNotTrading() throws Exception {
        Path folder = dir.resolve("recordings");
        List<RecordingFailed> failed = new CopyOnWriteArrayList<>();
        List<RecordingStarted> started = new CopyOnWriteArrayList<>();

        try (ClientSession session = ClientSession.start(config(folder));
             SessionTrader trader = new SessionTrader(session)) {
            session.bus().subscribe(RecordingFailed.class, failed::add);
            session.bus().subscribe(RecordingStarted.class, started::add);
            assertThat(SimulatorRestarts.waitFor(() -> !started.isEmpty(), 30)).as("a first recording").isTrue();

            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.move(file, dir.resolve(file.getFileName()));
                }
            }
            Files.delete(folder);
            Files.writeString(folder, "the folder is gone");

            assertThat(SimulatorRestarts.waitFor(() -> !failed.isEmpty(), 30)).as("a RecordingFailed").isTrue();
            assertThat(trader.buyAndAwait(30)).as("buy confirmed; last refusal: %s", trader.lastRefusal()).isTrue();
            assertThat(session.bus().failureCount()).isZero();
        }
        assertThat(failed.get(0).reason()).isNotBlank();
    }

    private SessionConfig config(Path folder) {
        return SessionConfig.embedded(SimConfig.defaults().withSpeed(20).withBots(1))
                .withConfigDir(dir.resolve("config")).withRecordingFolder(folder).withAutoRecord(true);
    }
}
