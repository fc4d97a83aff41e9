package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that refuses stops the recording with a clear message; nothing is thrown, the game goes on. */
class RecordingFailureTest {

    @TempDir
    Path root;

    @Test
    void aReadOnlyFolderGivesRecordingFailed() throws Exception {
        Path folder = root.resolve("recordings");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder),
                    "running as root: chmod does not stop root writing, so a read-only folder cannot be tested here"
                            + " (the folder-is-a-file and full-disk tests cover the failure path)");
            try (RecorderFixture f = new RecorderFixture(root, true)) {
                f.playGame("g1", 3);
                assertThat(f.eventsOf(RecordingFailed.class)).singleElement()
                        .satisfies(e -> assertThat(e.reason()).contains("permission denied")
                                .contains(folder.toString()));
                assertThat(f.recorder.isRecording()).isFalse();
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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
