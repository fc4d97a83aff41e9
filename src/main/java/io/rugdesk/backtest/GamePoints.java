package io.rugdesk.backtest;

import java.util.Arrays;

/**
 * What the report's charts draw of each game, as compact primitives (game number, P&amp;L and balance after in
 * nano-SOL, exact for every 9-decimal amount, rug tick: 24 bytes a game instead of a {@link GameResult}), so a run
 * of any length keeps its charts in bounded memory. Up
 * to {@value #MAX_POINTS} games every game is kept; past that every second kept game is dropped and only every
 * {@code stride}-th game (game numbers 0, stride, 2 × stride, …) is kept from then on, the stride doubling each
 * time the points fill up again. Every figure of the {@link Summary} counts every game. Thread: its owner's.
 */
public final class GamePoints {

    /** The most points kept. */
    public static final int MAX_POINTS = 20_000;   // a chart is 960 pixels wide

    private final int maxPoints;
    private int[] games = new int[64];
    private long[] pnl = new long[64];
    private long[] balance = new long[64];
    private int[] rugTick = new int[64];
    private int size;
    private long seen;
    private long stride = 1;

    public GamePoints() {
        this(MAX_POINTS);
    }

    GamePoints(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be 2 or more, was " + maxPoints);
        }
        this.maxPoints = maxPoints;
    }

    /** The next game, in order. */
    public void add(GameResult game) {
        long number = seen++;
        if (number % stride != 0) {
            return;
        }
        if (size == maxPoints) {
            halve();
            if (number % stride != 0) {
                return;
            }
        }
        if (size == games.length) {
            int grown = Math.min(maxPoints, size * 2);
            games = Arrays.copyOf(games, grown);
            pnl = Arrays.copyOf(pnl, grown);
            balance = Arrays.copyOf(balance, grown);
            rugTick = Arrays.copyOf(rugTick, grown);
        }
        games[size] = game.index();
        pnl[size] = nanos(game.pnl());
        balance[size] = nanos(game.endBalance());
        rugTick[size] = game.rugTick();
        size++;
    }

    private void halve() {
        int kept = 0;
        for (int k = 0; k < size; k += 2) {
            games[kept] = games[k];
            pnl[kept] = pnl[k];
            balance[kept] = balance[k];
            rugTick[kept] = rugTick[k];
            kept++;
        }
        size = kept;
        stride *= 2;
    }

    /** Points kept. */
    public int size() {
        return size;
    }

    /** Every how many games a point is kept (1: every game). */
    public long stride() {
        return stride;
    }

    /** Games seen. */
    public long gamesSeen() {
        return seen;
    }

    /** The 0-based number of the game of point {@code k}. */
    public int game(int k) {
        return games[checked(k)];
    }

    /** The game's P&amp;L in nano-SOL (10^-9 SOL). */
    public long pnlNanos(int k) {
        return pnl[checked(k)];
    }

    /** The balance after the game in nano-SOL. */
    public long balanceAfterNanos(int k) {
        return balance[checked(k)];
    }

    private static long nanos(java.math.BigDecimal sol) {
        return sol.setScale(9, java.math.RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    public int rugTick(int k) {
        return rugTick[checked(k)];
    }

    private int checked(int k) {
        return java.util.Objects.checkIndex(k, size);
    }
}
