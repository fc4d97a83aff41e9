package io.rugdesk.app.history;

import io.rugdesk.backtest.GameResult;
import io.rugdesk.recording.RecordingReader;
import io.rugdesk.recording.RecordingReader.Recording;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Reads every finished recording ({@code *.jsonl}) of a folder, in name order (which is time order), and the bot
 * reports beside them ({@code *.json} of the report contract, in the folder or its {@code reports} subfolder:
 * {@link PaperReports}) into a {@link History}. A file that cannot be read is listed in
 * {@link History#skipped()}, never thrown. Thread: the caller's (a background thread: reading 5,000 files takes
 * seconds); {@code progress} is called on it after every file.
 */
public final class HistoryLoader {

    /** Told after every file: files done and files in all. */
    public interface Progress {
        void filesRead(int done, int total);
    }

    private HistoryLoader() {
    }

    /** Loads {@code folder}; stops early (with the games read so far) when {@code cancelled} turns true. */
    public static History load(Path folder, Progress progress, BooleanSupplier cancelled) throws IOException {
        List<Path> files;
        if (!Files.isDirectory(folder)) {
            files = List.of();
        } else {
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
        }
        List<Path> reports = PaperReports.files(folder);
        int total = files.size() + reports.size();
        RecordingReader reader = new RecordingReader();
        List<GameResult> games = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (int i = 0; i < files.size() && !cancelled.getAsBoolean(); i++) {
            Path file = files.get(i);
            try {
                Recording recording = reader.read(file);
                if (recording.header() == null) {
                    skipped.add(file.getFileName() + ": no header");
                } else {
                    GameResult game = RecordedGame.of(games.size(), recording, balance);
                    balance = game.endBalance();
                    games.add(game);
                    starts.add(recording.header().t());
                    ends.add(recording.footer() != null ? recording.footer().t() : recording.header().t());
                }
            } catch (IOException | RuntimeException e) {
                skipped.add(file.getFileName() + ": " + e.getMessage());
            }
            progress.filesRead(i + 1, total);
        }
        List<PaperRun> paper = new ArrayList<>();
        for (int i = 0; i < reports.size() && !cancelled.getAsBoolean(); i++) {
            Path file = reports.get(i);
            try {
                paper.add(PaperReports.read(file));
            } catch (IOException | RuntimeException e) {
                skipped.add(file.getFileName() + ": " + e.getMessage());
            }
            progress.filesRead(files.size() + i + 1, total);
        }
        return History.of(games, starts, ends, skipped, paper);
    }
}
