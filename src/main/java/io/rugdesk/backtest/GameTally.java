package io.rugdesk.backtest;

import io.rugdesk.exchange.Fill;
import io.rugdesk.exchange.Sidebet;
import io.rugdesk.exchange.SidebetSettled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The figures of one game as it is played, in the backtest's terms ({@link GameResult}): fills, sidebets, refusals
 * by reason, ticks held, the failure of the strategy, one {@link FillRow} per fill. A game joined mid-game counts
 * from its first observed tick. Kept by the backtest's {@link GameRunner} and by the live and paper strategy
 * runner alike, so a game counts the same way in both. Thread: its one owner's (a backtest worker, the domain
 * thread).
 */
public final class GameTally {

    private final int index;
    private final String gameId;
    private final String source;
    private final int firstTick;
    private final boolean joinedMidGame;
    private final BigDecimal startBalance;
    private final TreeMap<String, Integer> refused = new TreeMap<>();
    private final List<FillRow> rows = new ArrayList<>();
    private final Consumer<FillRow> onRow;
    private int ticksSeen;
    private int fills;
    private int sidebets;
    private int sidebetsWon;
    private int sidebetsLost;
    private boolean traded;
    private int heldSince = -1;
    private long ticksHeld;
    private String failed;

    public GameTally(int index, String gameId, String source, int firstTick, boolean joinedMidGame,
            BigDecimal startBalance) {
        this(index, gameId, source, firstTick, joinedMidGame, startBalance, row -> { });
    }

    /** As the other constructor; {@code onRow} is told of every row as it is added (the bot records them). */
    public GameTally(int index, String gameId, String source, int firstTick, boolean joinedMidGame,
            BigDecimal startBalance, Consumer<FillRow> onRow) {
        this.onRow = java.util.Objects.requireNonNull(onRow, "onRow");
        this.index = index;
        this.gameId = gameId;
        this.source = source;
        this.firstTick = firstTick;
        this.joinedMidGame = joinedMidGame;
        this.startBalance = startBalance;
    }

    public String gameId() {
        return gameId;
    }

    public void ticked() {
        ticksSeen++;
    }

    public void refused(String code) {
        refused(code, 1);
    }

    public void refused(String code, int count) {
        refused.merge(code, count, Integer::sum);
    }

    public void failed(String why) {
        if (failed == null) {
            failed = why;
        }
    }

    public void filled(Fill fill, int decidedTick, String reason, BigDecimal cashAfter, boolean flatAfter) {
        filled(fill, decidedTick, null, reason, cashAfter, flatAfter);
    }

    /** A fill of an intent decided on {@code decidedTick} at {@code expectedPrice} (null: not known). */
    public void filled(Fill fill, int decidedTick, BigDecimal expectedPrice, String reason, BigDecimal cashAfter,
            boolean flatAfter) {
        fills++;
        if (fill.isBuy()) {
            traded = true;
            if (heldSince < 0) {
                heldSince = fill.tick();
            }
        } else if (heldSince >= 0 && flatAfter) {
            ticksHeld += fill.tick() - heldSince;
            heldSince = -1;
        }
        add(new FillRow(gameId, decidedTick, fill.tick(), fill.kind().name(), fill.price(), fill.qty(),
                fill.amount(), cashAfter, reason, expectedPrice));
    }

    public void sidebetPlaced(Sidebet bet, int decidedTick, String reason, BigDecimal cashAfter) {
        sidebetPlaced(bet, decidedTick, null, reason, cashAfter);
    }

    /** A sidebet of an intent decided on {@code decidedTick} at {@code expectedPrice} (null: not known). */
    public void sidebetPlaced(Sidebet bet, int decidedTick, BigDecimal expectedPrice, String reason,
            BigDecimal cashAfter) {
        traded = true;
        sidebets++;
        add(new FillRow(gameId, decidedTick, bet.startTick(), "SIDEBET", bet.price(), null, bet.stake(),
                cashAfter, reason, expectedPrice));
    }

    public void settled(SidebetSettled settled, BigDecimal cashAfter) {
        if (settled.won()) {
            sidebetsWon++;
        } else {
            sidebetsLost++;
        }
        add(new FillRow(gameId, settled.bet().startTick(), settled.tick(),
                settled.won() ? "SIDEBET_WON" : "SIDEBET_LOST", null, null, settled.payout(), cashAfter,
                "window " + settled.bet().startTick() + "–" + settled.bet().endTick()));
    }

    private void add(FillRow row) {
        rows.add(row);
        onRow.accept(row);
    }

    public boolean traded() {
        return traded;
    }

    /** The game as a report row; {@code rugTick}/{@code rugPrice}: the rug, or the last tick seen when abandoned. */
    public GameResult result(int rugTick, BigDecimal rugPrice, BigDecimal endBalance) {
        return result(rugTick, rugPrice, ticksSeen, 0, endBalance, null, null, BigDecimal.ZERO, false);
    }

    /** The game as a report row with what only a backtest knows: late ticks, the seed, the balance it needed. */
    GameResult result(int rugTick, BigDecimal rugPrice, int ticks, int lateTicks, BigDecimal endBalance,
            String serverSeed, String serverSeedHash, BigDecimal required, boolean insufficientCash) {
        return new GameResult(index, gameId, source, firstTick, joinedMidGame, rugTick, rugPrice, ticks, lateTicks,
                startBalance, endBalance, fills, sidebets, sidebetsWon, sidebetsLost, refused, traded, ticksHeld,
                failed, serverSeed, serverSeedHash, required, insufficientCash, rows);
    }
}
