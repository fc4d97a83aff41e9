package io.rugdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rugdesk.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both capture layouts stream into records whose arguments follow fixtures/README.md; bad lines are skipped. */
class CaptureFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDecember12CaptureWithTraceArgumentsSplitOff() {
        List<CaptureRecord> records = CaptureRecords.all(Fixtures.capture1212());
        assertThat(records).hasSize(554);
        CaptureRecord marker = records.get(0);
        assertThat(marker.isConnectMarker()).isTrue();
        assertThat(marker.argumentsJson()).isEqualTo("[null]");
        assertThat(records).allMatch(r -> r.direction() == CaptureRecord.Direction.RECEIVED);
        CaptureRecord trade = records.stream().filter(r -> r.eventName().equals("standard/newTrade")).findFirst()
                .orElseThrow();
        assertThat(trade.argumentsJson()).startsWith("[{\"__trace\":true,\"traceparent\":\"00-");
        assertThat(records.get(1).seq()).isEqualTo(2);
        assertThat(records.get(1).argumentsJson()).startsWith("[{\"gameHistory\":");
        assertThat(records.get(1).receivedAtMillis() - marker.receivedAtMillis()).isEqualTo(328); // .952637 − .624285
        assertThat(marker.receivedAtMillis()).isEqualTo(
                LocalDateTime.parse("2025-12-12T17:16:58.624").toInstant(ZoneOffset.UTC).toEpochMilli());
    }

    @Test
    void readsTheKeySamplesInFileOrder() throws IOException {
        try (CaptureFile file = CaptureFile.open(Fixtures.keySamples())) {
            assertThat(file.format()).isEqualTo(CaptureFile.Format.KEY_SAMPLES);
        }
        List<CaptureRecord> records = CaptureRecords.all(Fixtures.keySamples());
        assertThat(records).extracting(CaptureRecord::eventName).containsExactly("gameStateUpdate",
                "gameStateUpdate", "gameStateUpdate", "gameStateUpdate", "gameStateUpdate", "standard/newTrade",
                "standard/newTrade", "standard/newTrade", "standard/newTrade", "gameStateUpdate", "gameStateUpdate");
        assertThat(records).extracting(CaptureRecord::seq).startsWith(1L, 2L, 3L);
        assertThat(records.get(0).receivedAtMillis()).isEqualTo(1_770_365_059_440L);
    }

    @Test
    void malformedLinesAreCountedAndReportedNotFatal() throws IOException {
        Path capture = dir.resolve("bad.jsonl");
        Files.writeString(capture, String.join("\n",
                "{\"seq\": 1, \"ts\": \"2025-12-12T17:16:58.624285\", \"event\": \"connect\", \"data\": null}",
                "{\"seq\": 2, \"ts\": \"2025-12-12T17:16:58.700000\", \"event\": \"gameStateUpdate\", \"data\": {\"gameId\"",
                "",
                "[1, 2]",
                "{\"seq\": 4, \"ts\": \"yesterday\", \"event\": \"x\", \"data\": {}}",
                "{\"seq\": 5, \"data\": {}}",
                "{\"seq\": 6, \"event\": \"buyOrder\", \"direction\": \"sent\", \"data\": [{\"__trace\":true,"
                        + "\"traceparent\":\"00-a-b-01\"},{\"amount\":0.002}]}",
                "{\"seq\": 7, \"ts\": \"2025-12-12T17:16:59.000000\", \"event\": \"playerUpdate\", "
                        + "\"direction\": \"received\", \"data\": [1, 2, 3]}"));
        try (CaptureFile file = CaptureFile.open(capture)) {
            assertThat(file.format()).isEqualTo(CaptureFile.Format.JSON_LINES);
            List<CaptureRecord> records = new java.util.ArrayList<>();
            file.read().ifPresent(records::add);
            file.read().ifPresent(records::add);
            file.read().ifPresent(records::add);
            assertThat(file.read()).isEmpty();
            assertThat(records).extracting(CaptureRecord::seq).containsExactly(1L, 6L, 7L);
            assertThat(records.get(1).direction()).isEqualTo(CaptureRecord.Direction.SENT);
            assertThat(records.get(1).argumentsJson()).endsWith(",{\"amount\":0.002}]");
            assertThat(records.get(2).argumentsJson()).isEqualTo("[[1,2,3]]"); // a list payload is ONE argument
            assertThat(file.malformedCount()).isEqualTo(4);
            assertThat(file.malformed()).extracting(CaptureFile.Malformed::reason).satisfiesExactly(
                    r -> assertThat(r).startsWith("line 2: malformed JSON: Unexpected end-of-input"),
                    r -> assertThat(r).isEqualTo("line 4: not a JSON object"),
                    r -> assertThat(r).isEqualTo("line 5: unreadable ts string \"yesterday\""),
                    r -> assertThat(r).isEqualTo("line 6: no event name"));
        }
    }

    @Test
    void aMissingFileFailsClearly() {
        assertThatThrownBy(() -> CaptureFile.open(dir.resolve("absent.jsonl")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
