package io.rugdesk.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.rugdesk.protocol.WireJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the file sources of a backtest in the order given (a folder: its {@code .jsonl} files in file-name order,
 * sub-folders included), telling the kind of each file from its first line: a recording (a {@code header}
 * record), a capture (records with {@code event}), or revealed games (objects with {@code id} and {@code prices}).
 * A file that cannot be used is listed with the reason and skipped.
 */
public final class GameSources {

    /** The games read and the list of sources for the report. */
    public record Loaded(List<GameTape> games, List<SourceEntry> sources) {
    }

    private GameSources() {
    }

    public static Loaded read(List<Path> paths) {
        List<GameTape> games = new ArrayList<>();
        List<SourceEntry> entries = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : expand(path, entries)) {
                readFile(file, games, entries);
            }
        }
        return new Loaded(games, entries);
    }

    private static List<Path> expand(Path path, List<SourceEntry> entries) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .sorted().toList();
            if (files.isEmpty()) {
                entries.add(new SourceEntry(path.toString(), "folder", 0, "no .jsonl files in the folder", null));
            }
            return files;
        } catch (IOException e) {
            entries.add(new SourceEntry(path.toString(), "folder", 0, "cannot list the folder: " + e, null));
            return List.of();
        }
    }

    private static void readFile(Path file, List<GameTape> games, List<SourceEntry> entries) {
        String name = file.toString();
        String kind = "unknown";
        try {
            kind = kindOf(file);
            switch (kind) {
                case "recording" -> {
                    games.add(RecordingGames.read(file));
                    entries.add(new SourceEntry(name, kind, 1, null, null));
                }
                case "capture" -> {
                    CaptureGames.Read read = CaptureGames.read(file);
                    games.addAll(read.games());
                    entries.add(new SourceEntry(name, kind, read.games().size(), null, read.withoutRug() == 0 ? null
                            : read.withoutRug() + " game(s) without a captured rug left out"));
                }
                case "revealed" -> {
                    List<GameTape> read = RevealedGamesFile.read(file);
                    games.addAll(read);
                    entries.add(new SourceEntry(name, kind, read.size(), null, null));
                }
                default -> throw new UnreadableSourceException(
                        "neither a recording, a capture nor a revealed-games file");
            }
        } catch (UnreadableSourceException e) {
            entries.add(new SourceEntry(name, kind, 0, e.getMessage(), null));
        } catch (IOException | RuntimeException e) {
            entries.add(new SourceEntry(name, kind, 0, "cannot read: " + e.getMessage(), null));
        }
    }

    private static String kindOf(Path file) throws IOException, UnreadableSourceException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            while (line != null && line.isBlank()) {
                line = in.readLine();
            }
            if (line == null) {
                throw new UnreadableSourceException("empty file");
            }
            JsonNode first;
            try {
                first = WireJson.mapper().readTree(line);
            } catch (IOException e) {
                throw new UnreadableSourceException("the first line is not JSON");
            }
            if (first == null || !first.isObject()) {
                throw new UnreadableSourceException("the first line is not a JSON object");
            }
            if ("header".equals(first.path("type").asText())) {
                return "recording";
            }
            if (first.has("event")) {
                return "capture";
            }
            if (first.has("id") && first.has("prices")) {
                return "revealed";
            }
            return "unknown";
        }
    }
}
