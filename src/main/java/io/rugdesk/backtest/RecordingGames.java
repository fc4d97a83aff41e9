package io.rugdesk.backtest;

import io.rugdesk.recording.Outcome;
import io.rugdesk.recording.RecordingReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one adapter between backtests and the recording format (schema 1 through {@link RecordingReader}): a
 * recording that ended in a rug becomes a {@link GameTape} of its ticks before the rug (the presale's tick 0, at
 * price 1, counts as tick 0; rugged records are not tradable); a tick not newer than the previous one is late
 * (counted, not shown).
 */
final class RecordingGames {

    private RecordingGames() {
    }

    static GameTape read(Path file) throws IOException, UnreadableSourceException {
        RecordingReader.Recording recording = new RecordingReader().read(file);
        RecordingReader.Footer footer = recording.footer();
        if (recording.header() == null || footer == null) {
            throw new UnreadableSourceException("not a complete recording: " + String.join("; ",
                    recording.problems().subList(0, Math.min(3, recording.problems().size()))));
        }
        if (footer.outcome() != Outcome.RUGGED || footer.rugTick() == null || footer.rugPrice() == null) {
            throw new UnreadableSourceException("the recording did not end in a rug (outcome "
                    + (footer.outcome() == null ? "unknown" : footer.outcome().wireName()) + ")");
        }
        int rugTick = footer.rugTick();
        List<Integer> ticks = new ArrayList<>();
        List<BigDecimal> prices = new ArrayList<>();
        int late = 0;
        int last = -1;
        for (RecordingReader.Tick tick : recording.ticks()) {
            // the presale's tick 0 (price 1) is the game's tick 0: the recorder writes each tick number once
            boolean running = tick.phase() == null || "ACTIVE".equals(tick.phase())
                    || "PRESALE".equals(tick.phase()) && tick.tick() == 0;
            if (!running || tick.tick() >= rugTick) {
                continue;
            }
            if (tick.tick() <= last) {
                late++;
                continue;
            }
            ticks.add(tick.tick());
            prices.add(tick.price());
            last = tick.tick();
        }
        String gameId = footer.gameId() != null ? footer.gameId() : recording.header().gameId();
        return GameTape.observed(gameId, file.getFileName().toString(),
                ticks.stream().mapToInt(Integer::intValue).toArray(), prices.toArray(new BigDecimal[0]), rugTick,
                footer.rugPrice(), late);
    }
}
