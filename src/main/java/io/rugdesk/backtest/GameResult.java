package io.rugdesk.backtest;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one game of a backtest came to. {@code pnl} is the change of the balance over the game (trading and
 * sidebets together); {@code fills} counts buys, sells and rug liquidations; {@code refusedByReason} counts the
 * intents the exchange or a limit refused (and those the rug overtook, {@code RUGGED_BEFORE_FILL}); {@code failed}
 * is the message of an exception the strategy threw, else null. {@code ticksHeld} adds up, for every time the
 * position went from flat to held, the ticks until it was flat again (by a sell or the rug).
 * {@code requiredStartBalance} is the least balance at the start of the game for which every order accepted in it
 * would have been affordable (a parallel run checks its guess with it).
 */
public record GameResult(int index, String gameId, String source, int firstTick, boolean joinedMidGame,
                         int rugTick, BigDecimal rugPrice, int ticksSeen, int lateTicks, BigDecimal startBalance,
                         BigDecimal endBalance, int fills, int sidebets, int sidebetsWon, int sidebetsLost,
                         Map<String, Integer> refusedByReason, boolean traded, long ticksHeld, String failed,
                         String serverSeed, String serverSeedHash, BigDecimal requiredStartBalance,
                         boolean insufficientCash, List<FillRow> fillRows) {

    public GameResult {
        refusedByReason = Collections.unmodifiableMap(new TreeMap<>(refusedByReason));
        fillRows = List.copyOf(fillRows);
    }

    public BigDecimal pnl() {
        return endBalance.subtract(startBalance);
    }

    public int refused() {
        int sum = 0;
        for (int count : refusedByReason.values()) {
            sum += count;
        }
        return sum;
    }

    /** The same game without its fill rows (what a report keeps of a game once the CSV has them). */
    public GameResult withoutFillRows() {
        return new GameResult(index, gameId, source, firstTick, joinedMidGame, rugTick, rugPrice, ticksSeen, lateTicks,
                startBalance, endBalance, fills, sidebets, sidebetsWon, sidebetsLost, refusedByReason, traded,
                ticksHeld, failed, serverSeed, serverSeedHash, requiredStartBalance, insufficientCash, List.of());
    }
}
