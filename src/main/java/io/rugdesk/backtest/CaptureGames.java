package io.rugdesk.backtest;

import io.rugdesk.event.Stamp;
import io.rugdesk.protocol.CaptureFile;
import io.rugdesk.protocol.CaptureRecord;
import io.rugdesk.protocol.FeedEvent;
import io.rugdesk.protocol.GameStateUpdate;
import io.rugdesk.protocol.WireCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The games a client saw in a capture, read through the same codec as {@code inspect}: every received
 * {@code gameStateUpdate} with {@code active:true} is a tick of its game; the first {@code rugged:true} one gives
 * the rug tick and price; a tick not newer than one already seen is late (counted, not shown). Games joined
 * mid-game start at their first observed tick; games whose rug was not captured are left out (counted).
 */
final class CaptureGames {

    private static final class Seen {
        final List<Integer> ticks = new ArrayList<>();
        final List<BigDecimal> prices = new ArrayList<>();
        int lastTick = -1;
        int late;
        Integer rugTick;
        BigDecimal rugPrice;
    }

    /** The games with a rug, in the order they first appeared, and how many were cut off. */
    record Read(List<GameTape> games, int withoutRug) {
    }

    private CaptureGames() {
    }

    static Read read(Path file) throws IOException, UnreadableSourceException {
        Map<String, Seen> games = new LinkedHashMap<>();
        WireCodec codec = new WireCodec();
        try (CaptureFile capture = CaptureFile.open(file)) {
            if (capture.format() != CaptureFile.Format.JSON_LINES) {
                throw new UnreadableSourceException("a capture of key samples has no ticks to trade on");
            }
            Optional<CaptureRecord> next;
            while ((next = capture.read()).isPresent()) {
                CaptureRecord record = next.get();
                if (!record.isServerEvent() || !GameStateUpdate.EVENT.equals(record.eventName())) {
                    continue;
                }
                FeedEvent event = codec.decode(record.eventName(), record.argumentsJson(),
                        Stamp.local(record.seq(), record.receivedAtMillis()));
                if (event instanceof GameStateUpdate update && update.gameId() != null
                        && !update.gameId().isEmpty()) {
                    add(games.computeIfAbsent(update.gameId(), id -> new Seen()), update);
                }
            }
        }
        List<GameTape> tapes = new ArrayList<>();
        int withoutRug = 0;
        String name = file.getFileName().toString();
        for (Map.Entry<String, Seen> entry : games.entrySet()) {
            Seen seen = entry.getValue();
            if (seen.rugTick == null) {
                withoutRug++;
                continue;
            }
            int[] ticks = seen.ticks.stream().mapToInt(Integer::intValue).toArray();
            tapes.add(GameTape.observed(entry.getKey(), name, ticks, seen.prices.toArray(new BigDecimal[0]),
                    seen.rugTick, seen.rugPrice, seen.late));
        }
        if (tapes.isEmpty()) {
            throw new UnreadableSourceException("no game with ticks and a rug in the capture");
        }
        return new Read(tapes, withoutRug);
    }

    private static void add(Seen game, GameStateUpdate update) {
        if (game.rugTick != null || !update.active()) {
            return;
        }
        int tick = update.tickCount();
        if (update.rugged()) {
            game.rugTick = tick;
            game.rugPrice = update.price();
            // a tick seen at or after the rug tick was never a tradable tick of this game
            while (!game.ticks.isEmpty() && game.ticks.get(game.ticks.size() - 1) >= tick) {
                game.ticks.remove(game.ticks.size() - 1);
                game.prices.remove(game.prices.size() - 1);
            }
        } else if (update.price() != null) {
            if (tick > game.lastTick) {
                game.ticks.add(tick);
                game.prices.add(update.price());
                game.lastTick = tick;
            } else {
                game.late++;
            }
        }
    }
}
