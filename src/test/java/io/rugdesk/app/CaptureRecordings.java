package io.rugdesk.app;

import io.rugdesk.event.EventBus;
import io.rugdesk.event.ManualTimer;
import io.rugdesk.event.Stamp;
import io.rugdesk.game.GameLifecycle;
import io.rugdesk.protocol.CaptureFile;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.WireCodec;
import io.rugdesk.recording.GameRecorder;
import io.rugdesk.recording.RecordingFileWriter;
import io.rugdesk.recording.RecordingSettings;
import io.rugdesk.verify.FairnessMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test helper: real capture frames through the client's own pipeline (codec → bus → GameLifecycle,
 * FairnessMonitor → GameRecorder with auto-record on), on the caller's thread, into a folder of recordings.
 */
public final class CaptureRecordings {

    private CaptureRecordings() {
    }

    /** The frames a client received, in capture order (the connection marker left out). */
    public static List<CaptureRecord> received(Path capture) throws Exception {
        List<CaptureRecord> frames = new ArrayList<>();
        try (CaptureFile file = CaptureFile.open(capture)) {
            Optional<CaptureRecord> next;
            while ((next = file.read()).isPresent()) {
                CaptureRecord frame = next.get();
                if (frame.direction() == CaptureRecord.Direction.RECEIVED && !frame.eventName().equals("connect")) {
                    frames.add(frame);
                }
            }
        }
        return frames;
    }

    /** Records {@code frames} into {@code folder} as a session would; {@code bus} may carry the test's listeners. */
    public static void record(List<CaptureRecord> frames, EventBus bus, Path folder) {
        ManualTimer time = new ManualTimer(frames.get(0).receivedAtMillis());
        new GameLifecycle(bus).start();
        FairnessMonitor fairness = RecordingReplayer.startFairnessCheck(bus);
        GameRecorder recorder = new GameRecorder(bus, new RecordingSettings(folder, true), null,
                GameRecorder.Config.defaults("capture", "test"), time, time.clock(),
                RecordingFileWriter.ChannelOpener.FILES, Runnable::run);
        recorder.start();
        WireCodec codec = new WireCodec();
        for (CaptureRecord frame : frames) {
            bus.publish(codec.decode(frame.eventName(), frame.argumentsJson(),
                    new Stamp(frame.seq(), frame.receivedAtMillis())));
        }
        recorder.close();
        fairness.close();
    }

    /** The finished recording of {@code gameId} in {@code folder}. */
    public static Path recordingOf(Path folder, String gameId) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("_" + gameId + ".jsonl"))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
    }
}
