package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.Phase;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder hands records to its writer and never waits for the disk (design.md §5); a writer that cannot
 * keep up or a disk that fails ends the recording with {@link RecordingFailed}, the lines so far kept.
 */
class QueuedRecordingTest {

    @TempDir
    Path root;

    @Test
    void aWholeGameIsRecordedWithoutOneWriteAndTheFileIsFinishedWhenTheWriterCatchesUp() throws Exception {
        HeldWriter disk = new HeldWriter();
        try (RecorderFixture f = new RecorderFixture(root, true, RecordingFileWriter.ChannelOpener.FILES, disk,
                GameRecorder.Config.DEFAULT_QUEUE_CAPACITY)) {
            f.playGame("g1", 20);
            f.game.seed("g1");
            f.time.advance(Duration.ofSeconds(1));

            assertThat(disk.ran()).as("the domain side did no write").isZero();
            assertThat(disk.waiting()).isGreaterThan(20);
            assertThat(f.files("*.partial")).singleElement().satisfies(p -> assertThat(Files.size(p)).isZero());
            assertThat(f.eventsOf(RecordingFinished.class)).as("finished only once the file has its name").isEmpty();

            disk.runAll();
            assertThat(f.eventsOf(RecordingFinished.class)).singleElement()
                    .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.RUGGED));
            RecordingReader.Recording rec = f.finishedRecordings().get(0);
            assertThat(rec.problems()).isEmpty();
            assertThat(rec.ticks()).hasSize(21);
            assertThat(rec.footer().serverSeed()).isEqualTo("seed-g1");
        }
    }

    @Test
    void aFullQueueFailsTheRecordingKeepsWhatWasQueuedAndTheNextGameTriesAgain() throws Exception {
        HeldWriter disk = new HeldWriter();
        try (RecorderFixture f = new RecorderFixture(root, true, RecordingFileWriter.ChannelOpener.FILES, disk, 5)) {
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.game.start("g1"); // header, gameStarted
            for (int tick = 1; tick <= 10; tick++) {
                f.game.tick("g1", tick);
            }
            assertThat(f.eventsOf(RecordingFailed.class)).singleElement().satisfies(e -> {
                assertThat(e.reason()).contains("does not keep up").contains("5 records waiting")
                        .contains("Trading goes on");
                assertThat(e.partialFile()).isNotNull();
            });
            assertThat(f.recorder.isRecording()).isFalse();

            disk.runAll();
            Path partial = f.files("*.partial").get(0);
            assertThat(Files.readAllLines(partial)).as("the five records taken are kept").hasSize(5)
                    .first().asString().startsWith("{\"type\":\"header\"");
            assertThat(f.eventsOf(RecordingFinished.class)).isEmpty();

            f.game.rug("g1", 10);
            f.game.cooldown("g2", Phase.RUGGED);
            f.game.start("g2");
            disk.runAll();
            assertThat(f.eventsOf(RecordingStarted.class)).hasSize(2);
            assertThat(f.recorder.isRecording()).isTrue();
        }
    }

    @Test
    void aDiskThatFailsOnTheWriterThreadEndsTheRecordingOnTheDomainSide() throws Exception {
        HeldWriter disk = new HeldWriter();
        try (RecorderFixture f = new RecorderFixture(root, true, DiskFullChannel.after(1), disk,
                GameRecorder.Config.DEFAULT_QUEUE_CAPACITY)) {
            f.game.cooldown("g1", Phase.UNKNOWN);
            f.game.start("g1");
            f.game.tick("g1", 1);
            assertThat(f.recorder.isRecording()).isTrue();

            disk.runAll(); // the queue runs empty once: one flush, one write to the channel, which succeeds
            f.game.tick("g1", 2);
            f.game.tick("g1", 3);
            disk.runAll(); // the second flush meets the full disk

            assertThat(f.eventsOf(RecordingFailed.class)).singleElement().satisfies(e -> {
                assertThat(e.reason()).contains("g1").contains(".jsonl.partial").contains("No space left on device");
                assertThat(e.partialFile()).isEqualTo(f.files("*.partial").get(0));
            });
            assertThat(f.recorder.isRecording()).as("the writer's failure reached the recorder").isFalse();
            assertThat(f.bus.failureCount()).isZero();
        }
    }
}
