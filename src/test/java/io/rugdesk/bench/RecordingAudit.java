package io.rugdesk.bench;

import io.rugdesk.recording.Outcome;
import io.rugdesk.recording.RecordingReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads back every recording of a folder with the app's own {@link RecordingReader}: how many, their outcomes,
 * and every file that is invalid, has no footer or is still a {@code .partial}. Thread: the caller's.
 */
record RecordingAudit(int files, Map<Outcome, Integer> outcomes, List<String> problems) {

    static RecordingAudit of(Path folder) throws IOException {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<String> problems = new ArrayList<>();
        int files = 0;
        if (!Files.isDirectory(folder)) {
            return new RecordingAudit(0, outcomes, problems);
        }
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".partial")) {
                    problems.add(name + ": still partial");
                    continue;
                }
                if (!name.endsWith(".jsonl")) {
                    continue;
                }
                files++;
                RecordingReader.Recording recording = new RecordingReader().read(file);
                if (!recording.valid()) {
                    problems.add(name + ": " + recording.problems());
                } else if (recording.footer() == null || recording.footer().outcome() == null) {
                    problems.add(name + ": no footer outcome");
                } else {
                    outcomes.merge(recording.footer().outcome(), 1, Integer::sum);
                }
            }
        }
        return new RecordingAudit(files, outcomes, problems);
    }
}
