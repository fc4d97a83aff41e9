package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingRecoveryTest {

    @TempDir
    Path folder;

    private final RecordingRecovery recovery =
            new RecordingRecovery(Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC));

    private static final String HEADER = "{\"type\":\"header\",\"t\":1,\"schema\":1,\"gameId\":\"g7\","
            + "\"joinedMidGame\":false,\"player\":null,\"server\":\"s\",\"client\":\"c\",\"settings\":{}}\n";
    private static final String TICK0 = "{\"type\":\"tick\",\"t\":2,\"tick\":0,\"price\":\"1\",\"phase\":\"ACTIVE\"}\n";
    private static final String TICK1 =
            "{\"type\":\"tick\",\"t\":3,\"tick\":1,\"price\":\"1.012345678901234567\",\"phase\":\"ACTIVE\"}\n";
    private static final String TORN = "{\"type\":\"tick\",\"t\":4,\"tick\":2,\"pri";

    @Test
    void aTornLastLineIsKeptAsideAndEveryCompleteLineIsKept() throws Exception {
        Path partial = folder.resolve("2026-11-25T19-20-31.123Z_g7.jsonl.partial");
        Files.writeString(partial, HEADER + TICK0 + TICK1 + TORN);

        List<RecordingRecovery.Recovered> results = recovery.recoverAll(folder);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.completeLines()).isEqualTo(3);
            assertThat(r.tornBytes()).isEqualTo(TORN.length());
        });
        Path finished = folder.resolve("2026-11-25T19-20-31.123Z_g7.jsonl");
        assertThat(partial).doesNotExist();
        assertThat(Files.readString(finished)).startsWith(HEADER + TICK0 + TICK1);
        assertThat(Files.readString(folder.resolve("2026-11-25T19-20-31.123Z_g7.jsonl.torn"))).isEqualTo(TORN);
        RecordingReader.Recording rec = new RecordingReader().read(finished);
        assertThat(rec.problems()).isEmpty();
        assertThat(rec.footer().outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(rec.footer().gameId()).isEqualTo("g7");
        assertThat(rec.footer().ticks()).isEqualTo(2);
        assertThat(rec.footer().serverSeed()).isNull();
        assertThat(rec.footer().t()).isEqualTo(Instant.parse("2026-11-25T20:00:00Z").toEpochMilli());
        assertThat(rec.ticks()).extracting(RecordingReader.Tick::price)
                .containsExactly(new java.math.BigDecimal("1"), new java.math.BigDecimal("1.012345678901234567"));
    }

    @Test
    void aFileThatAlreadyHasItsFooterIsOnlyRenamed() throws Exception {
        String footer = "{\"type\":\"footer\",\"t\":5,\"gameId\":\"g7\",\"outcome\":\"rugged\",\"ticks\":2,"
                + "\"rugTick\":1,\"rugPrice\":\"1.01\",\"serverSeed\":null,\"fair\":null,\"summary\":{}}\n";
        Path partial = folder.resolve("2026-11-25T19-20-31.123Z_g7.jsonl.partial");
        Files.writeString(partial, HEADER + TICK0 + TICK1 + footer);
        recovery.recoverAll(folder);
        assertThat(Files.readString(folder.resolve("2026-11-25T19-20-31.123Z_g7.jsonl")))
                .isEqualTo(HEADER + TICK0 + TICK1 + footer);
    }

    @Test
    void garbageAndEmptyLeftoversAreClosedNotDeleted() throws Exception {
        byte[] garbage = "not json at all\n\u0000\u0001binary".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("a_x.jsonl.partial"), garbage);
        Files.write(folder.resolve("b_y.jsonl.partial"), new byte[0]);
        Files.writeString(folder.resolve("c_z.jsonl"), "existing finished file is untouched\n");

        List<RecordingRecovery.Recovered> results = recovery.recoverAll(folder);

        assertThat(results).hasSize(2);
        assertThat(Files.readString(folder.resolve("a_x.jsonl"))).startsWith("not json at all\n")
                .contains("\"outcome\":\"incomplete\"");
        assertThat(Files.readAllBytes(folder.resolve("a_x.jsonl.torn"))).containsExactly(
                "\u0000\u0001binary".getBytes(StandardCharsets.UTF_8));
        assertThat(new RecordingReader().read(folder.resolve("b_y.jsonl")).footer().outcome())
                .isEqualTo(Outcome.INCOMPLETE);
        assertThat(Files.readString(folder.resolve("c_z.jsonl"))).isEqualTo("existing finished file is untouched\n");
        assertThat(recovery.recoverAll(folder.resolve("missing"))).isEmpty();
    }
}
