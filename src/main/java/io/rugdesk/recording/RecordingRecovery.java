package io.rugdesk.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes recordings a crash left behind. Each {@code .partial} in the folder keeps every complete line; a torn
 * last line (no newline) is first saved beside it as {@code <name>.jsonl.torn}, then cut off; a footer with
 * outcome {@code incomplete} is appended (unless a complete footer is already there) and the file is
 * atomically renamed to {@code .jsonl}. Nothing is ever deleted.
 *
 * <p>Thread: call once at start-up, before the recorder writes to the folder (any thread).
 */
public final class RecordingRecovery {

    /** Suffix of the bytes of a torn last line kept aside. */
    public static final String TORN_SUFFIX = ".jsonl.torn";

    private static final Logger LOG = LoggerFactory.getLogger(RecordingRecovery.class);

    /** What happened to one leftover file. */
    public record Recovered(Path partial, Path file, long completeLines, int tornBytes, String problem) { }

    private final Clock clock;

    public RecordingRecovery(Clock clock) {
        this.clock = clock;
    }

    /** Recovers every {@code .partial} in {@code folder} (a missing folder has nothing to recover). */
    public List<Recovered> recoverAll(Path folder) {
        List<Recovered> results = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return results;
        }
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + RecordingFileWriter.PARTIAL_SUFFIX)) {
            stream.forEach(leftovers::add);
        } catch (IOException e) {
            LOG.warn("cannot list recording folder {}: {}", folder, e.toString());
            return results;
        }
        leftovers.sort(null);
        for (Path partial : leftovers) {
            try {
                results.add(recover(partial));
            } catch (IOException e) {
                LOG.warn("cannot recover {} (left untouched): {}", partial, e.toString());
                results.add(new Recovered(partial, partial, 0, 0, "left untouched: " + e.getMessage()));
            }
        }
        return results;
    }

    /** Recovers one leftover file; see the class comment. */
    public Recovered recover(Path partial) throws IOException {
        byte[] content = Files.readAllBytes(partial);
        int completeLength = lastNewline(content) + 1;
        int tornBytes = content.length - completeLength;
        String base = baseName(partial);
        if (tornBytes > 0) {
            Path torn = uniqueSibling(partial, base, TORN_SUFFIX);
            Files.write(torn, java.util.Arrays.copyOfRange(content, completeLength, content.length),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            LOG.warn("{}: torn last line of {} bytes kept in {}", partial.getFileName(), tornBytes, torn.getFileName());
        }
        Scan scan = scan(new String(content, 0, completeLength, StandardCharsets.UTF_8), base);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.truncate(completeLength);
            if (!scan.hasFooter) {
                channel.position(completeLength);
                ByteBuffer footer = ByteBuffer.wrap(RecordingJson.line(scan.footer(clock.millis())));
                while (footer.hasRemaining()) {
                    channel.write(footer);
                }
            }
            channel.force(true);
        }
        Path finished = uniqueSibling(partial, base, RecordingFileWriter.FINISHED_SUFFIX);
        Files.move(partial, finished, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("recovered {} as {} ({} complete lines)", partial.getFileName(), finished.getFileName(), scan.lines);
        return new Recovered(partial, finished, scan.lines, tornBytes, scan.unparsable == 0 ? null
                : scan.unparsable + " complete lines did not parse (kept)");
    }

    private static int lastNewline(byte[] content) {
        for (int i = content.length - 1; i >= 0; i--) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String baseName(Path partial) {
        String name = partial.getFileName().toString();
        return name.substring(0, name.length() - RecordingFileWriter.PARTIAL_SUFFIX.length());
    }

    private static Path uniqueSibling(Path partial, String base, String suffix) {
        Path candidate = partial.resolveSibling(base + suffix);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = partial.resolveSibling(base + "-" + n + suffix);
        }
        return candidate;
    }

    /** What the complete lines say: game id, ticks, whether a footer already made it. */
    private static final class Scan {
        long lines;
        int unparsable;
        String gameId;
        long ticks;
        long lateTicks;
        Integer lastTick;
        BigDecimal lastPrice;
        boolean hasFooter;

        ObjectNode footer(long now) {
            return GameRecords.incompleteFooter(gameId, ticks, lateTicks, lines, unparsable, lastTick, lastPrice, now);
        }
    }

    private static Scan scan(String completeLines, String base) {
        Scan scan = new Scan();
        int underscore = base.indexOf('_');
        scan.gameId = underscore >= 0 ? base.substring(underscore + 1) : null;
        for (String line : completeLines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            scan.lines++;
            JsonNode node;
            try {
                node = RecordingJson.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                scan.unparsable++;
                continue;
            }
            String type = node.path("type").asText();
            scan.hasFooter = "footer".equals(type);
            if ("header".equals(type) && node.hasNonNull("gameId")) {
                scan.gameId = node.get("gameId").asText();
            } else if ("tick".equals(type) && node.path("late").asBoolean(false)) {
                scan.lateTicks++;
            } else if ("tick".equals(type)) {
                scan.ticks++;
                scan.lastTick = node.path("tick").asInt();
                scan.lastPrice = decimalOrNull(node.path("price").asText(null));
            }
        }
        return scan;
    }

    private static BigDecimal decimalOrNull(String text) {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
