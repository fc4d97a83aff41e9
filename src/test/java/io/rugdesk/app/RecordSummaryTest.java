package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.recording.RecordingReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code record}'s summary lines, read back from each finished file off the domain thread and printed by their
 * own thread: every file has its line by the time the command returns, and each line says what the file holds.
 * The fairness verdict (now checked on its own thread, ADR 0020) is held against the protocol's rule computed
 * here: the revealed seed's SHA-256 is the hash announced in the header.
 */
class RecordSummaryTest {

    private static final Pattern LINE = Pattern.compile(
            "game (\\S+) outcome=(\\S+) ticks=(\\d+) rugTick=(\\S+) fair=(\\S+) file=(\\S+)");

    @TempDir
    Path dir;

    @Test
    void everyRecordedGameHasItsSummaryLineWhenTheCommandReturns() throws Exception {
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(stdout, true));
        line.setErr(new PrintWriter(stderr, true));

        int exit = line.execute("record", "--out", out.toString(), "--speed", "20", "--max-games", "2");

        assertThat(exit).as(stderr.toString()).isZero();
        List<String> lines = stdout.toString().lines().filter(l -> l.startsWith("game ")).toList();
        List<Path> files;
        try (Stream<Path> listing = Files.list(out)) {
            files = listing.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(files).hasSize(2);
        assertThat(lines).as(stdout.toString()).hasSize(files.size());
        for (String summary : lines) {
            Matcher m = LINE.matcher(summary);
            assertThat(m.matches()).as(summary).isTrue();
            Path file = out.resolve(m.group(6));
            assertThat(files).contains(file);
            RecordingReader.Recording recording = new RecordingReader().read(file);
            assertThat(recording.valid()).as("%s", recording.problems()).isTrue();
            RecordingReader.Footer footer = recording.footer();
            assertThat(m.group(1)).isEqualTo(recording.header().gameId()).isEqualTo(footer.gameId());
            assertThat(m.group(2)).isEqualTo("rugged");
            assertThat(Long.parseLong(m.group(3))).isEqualTo(footer.ticks());
            assertThat(m.group(4)).isEqualTo(String.valueOf(footer.rugTick()));
            boolean hashMatches = sha256Hex(footer.serverSeed()).equals(recording.header().serverSeedHash());
            assertThat(hashMatches).as("the simulator plays fair: its seed hashes to the announced hash").isTrue();
            assertThat(m.group(5)).as("the verdict reached the footer").isEqualTo("true");
        }
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
