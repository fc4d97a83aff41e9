package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader accepts what the writer writes and names every way a file can be wrong, without throwing. */
class RecordingReaderTest {

    @TempDir
    Path folder;

    private static final String HEADER = "{\"type\":\"header\",\"t\":1,\"schema\":1,\"gameId\":\"g\","
            + "\"joinedMidGame\":true,\"player\":{\"id\":\"p\"},\"server\":\"s\",\"client\":\"c\",\"settings\":{}}";
    private static final String FOOTER_2 = "{\"type\":\"footer\",\"t\":9,\"gameId\":\"g\",\"outcome\":\"stopped\","
            + "\"ticks\":2,\"rugTick\":null,\"rugPrice\":null,\"serverSeed\":null,\"fair\":false,\"summary\":{}}";

    private RecordingReader.Recording read(String... lines) throws Exception {
        Path file = folder.resolve("f.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return new RecordingReader().read(file);
    }

    private static String tick(int tick, String price) {
        return "{\"type\":\"tick\",\"t\":2,\"tick\":" + tick + ",\"price\":\"" + price + "\",\"phase\":\"ACTIVE\"}";
    }

    @Test
    void aWellFormedFileReadsIntoTypedRecords() throws Exception {
        RecordingReader.Recording rec = read(HEADER, tick(3, "1.5"), "{\"type\":\"phase\",\"t\":3,\"from\":\"ACTIVE\","
                + "\"to\":\"RUGGED\"}", tick(4, "0.000000001"), FOOTER_2);
        assertThat(rec.problems()).isEmpty();
        assertThat(rec.valid()).isTrue();
        assertThat(rec.header().player().path("id").asText()).isEqualTo("p");
        assertThat(rec.ticks().get(1).price()).isEqualByComparingTo("0.000000001");
        assertThat(rec.others()).singleElement().satisfies(o -> assertThat(o.type()).isEqualTo("phase"));
        assertThat(rec.footer().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(rec.footer().fair()).isFalse();
        assertThat(rec.footer().rugTick()).isNull();
    }

    private static String lateTick(int tick, String price) {
        return tick(tick, price).replace("}", ",\"late\":true}");
    }

    @Test
    void recordsComeBackInFileOrderWithLateTicksMarkedAndNotCounted() throws Exception {
        String phase = "{\"type\":\"phase\",\"t\":3,\"from\":\"ACTIVE\",\"to\":\"RUGGED\"}";
        RecordingReader.Recording rec = read(HEADER.replace("\"schema\":1", "\"schema\":2"), tick(3, "1.5"),
                tick(5, "1.7"), lateTick(4, "1.6"), phase, FOOTER_2.replace("\"ticks\":2", "\"ticks\":2,\"lateTicks\":1"));
        assertThat(rec.problems()).isEmpty();
        assertThat(rec.records()).extracting(RecordingReader.Entry::type)
                .containsExactly("tick", "tick", "tick", "phase");
        assertThat(rec.records()).filteredOn(RecordingReader.Tick.class::isInstance)
                .map(e -> (RecordingReader.Tick) e)
                .extracting(RecordingReader.Tick::tick, RecordingReader.Tick::late)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, false),
                        org.assertj.core.groups.Tuple.tuple(5, false), org.assertj.core.groups.Tuple.tuple(4, true));
        assertThat(rec.ticks()).extracting(RecordingReader.Tick::tick).containsExactly(3, 5);
        assertThat(rec.lateTicks()).singleElement().satisfies(t -> assertThat(t.price()).isEqualByComparingTo("1.6"));
        assertThat(rec.footer().lateTicks()).isEqualTo(1);
    }

    @Test
    void everyKindOfDamageIsNamed() throws Exception {
        assertThat(read(tick(1, "1"), HEADER, FOOTER_2).problems())
                .anyMatch(p -> p.contains("line 1")).anyMatch(p -> p.contains("header not on the first line"));
        assertThat(read(HEADER, tick(2, "1"), tick(2, "1.1"), FOOTER_2).problems())
                .anyMatch(p -> p.contains("tick 2 does not follow tick 2"));
        assertThat(read(HEADER, tick(1, "1"), "{\"type\":\"tick\",\"t\":2,\"tick\":2,\"pri", FOOTER_2).problems())
                .anyMatch(p -> p.contains("line 3: does not parse"));
        assertThat(read(HEADER, tick(1, "1"), tick(2, "1")).problems()).contains("last line is not a footer");
        assertThat(read(HEADER.replace("\"schema\":1", "\"schema\":3"), tick(1, "1"), tick(2, "1"), FOOTER_2)
                .problems()).contains("unsupported schema 3");
        assertThat(read(HEADER, tick(1, "1"), lateTick(2, "1"), tick(2, "1"), FOOTER_2).problems())
                .anyMatch(p -> p.contains("tick 2 is marked late but no newer tick came before it"));
        assertThat(read(HEADER, tick(1, "1"), FOOTER_2).problems()).contains("footer says 2 ticks, file has 1");
        assertThat(read(HEADER, tick(1, "1"), tick(2, "1"), FOOTER_2.replace("stopped", "exploded")).problems())
                .anyMatch(p -> p.contains("unknown outcome"));
        assertThat(read(HEADER, "{\"type\":\"tick\",\"t\":2,\"tick\":1,\"price\":1.5}", FOOTER_2).problems())
                .anyMatch(p -> p.contains("decimal string price"));
        assertThat(read(HEADER, tick(1, "1"), tick(2, "1"), FOOTER_2, tick(3, "1")).problems())
                .anyMatch(p -> p.contains("after the footer"));
        Path empty = folder.resolve("empty.jsonl");
        Files.writeString(empty, "");
        assertThat(new RecordingReader().read(empty).problems()).contains("empty file");
    }
}
