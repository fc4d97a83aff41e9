package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that refuses stops the recording with a clear message; nothing is thrown, the game goes on. */
class RecordingFailureTest {

    @TempDir
    Path root;

    /**
     * A folder the process cannot create, as root too (chmod does not stop root, so this replaces the read-only
     * folder test that skipped there): its parent is a regular file, so the operating system refuses
     * (ENOTDIR) whoever asks.
     */
    @Test
    void aFolderThatCannotBeCreatedGivesRecordingFailedAndTheGameGoesOn() throws Exception {
        Path parent = Files.writeString(root.resolve("a-file"), "not a folder");
        Path folder = parent.resolve("recordings");
        try (RecorderFixture f = new RecorderFixture(root, folder, true, RecordingFileWriter.ChannelOpener.FILES, Runnable::run,
                GameRecorder.Config.DEFAULT_QUEUE_CAPACITY)) {
            f.playGame("g1", 3);
            f.game.seed("g1");
            assertThat(f.eventsOf(RecordingFailed.class)).singleElement()
                    .satisfies(e -> assertThat(e.reason()).startsWith("Recording could not start")
                            .contains(folder.toString()).contains("Trading goes on"))
                    .satisfies(e -> assertThat(e.partialFile()).isNull());
            assertThat(f.recorder.isRecording()).isFalse();
            assertThat(f.bus.failureCount()).isZero();
        }
        assertThat(Files.readString(parent)).isEqualTo("not a folder");
    }

    @Test
    void aFolderThatIsAFileGivesRecordingFailedAndTheGameGoesOn() throws Exception {
        Files.writeString(root.resolve("recordings"), "not a folder");
        try (RecorderFixture f = new RecorderFixture(root, true)) {
            f.playGame("g1", 3);
            f.playGame("g2", 3);
            assertThat(f.eventsOf(RecordingFailed.class)).hasSize(2).allSatisfy(e -> assertThat(e.reason())
                    .startsWith("Recording could not start").contains(root.resolve("recordings").toString())
                    .contains("Trading goes on"));
            assertThat(f.eventsOf(RecordingStarted.class)).isEmpty();
            assertThat(f.bus.failureCount()).isZero();
        }
    }

    @Test
    void aFullDiskMidGameStopsRecordingKeepsTheLinesAndTheNextGameTriesAgain() throws Exception {
        try (RecorderFixture f = new RecorderFixture(root, true, DiskFullChannel.after(6))) {
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.game.start("g1");
            for (int tick = 1; tick <= 10; tick++) {
                f.game.tick("g1", tick);
            }
            f.game.rug("g1", 10);
            f.time.advance(Duration.ofSeconds(11));

            assertThat(f.eventsOf(RecordingFailed.class)).singleElement().satisfies(e -> assertThat(e.reason())
                    .contains("g1").contains(".jsonl.partial").contains("No space left on device"));
            assertThat(f.bus.failureCount()).isZero();
            assertThat(f.recorder.isRecording()).isFalse();
            assertThat(f.files("*.partial")).singleElement()
                    .satisfies(p -> assertThat(Files.readAllLines(p)).hasSize(6));

            f.game.cooldown("g2", Phase.RUGGED);
            f.game.start("g2");
            assertThat(f.eventsOf(RecordingStarted.class)).hasSize(2);
        }
    }
}
