package io.rugdesk.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helper: all records of a capture (the fixtures are a few MB, fine to hold in a test). */
final class CaptureRecords {

    private CaptureRecords() {
    }

    static List<CaptureRecord> all(Path capture) {
        try (CaptureFile file = CaptureFile.open(capture)) {
            List<CaptureRecord> records = new ArrayList<>();
            Optional<CaptureRecord> next;
            while ((next = file.read()).isPresent()) {
                records.add(next.get());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
