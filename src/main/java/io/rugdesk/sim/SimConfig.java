package io.rugdesk.sim;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * How the simulator runs: where it listens, how fast the game clock goes, which seeds it plays, who the
 * simulated player is and which faults it injects. Immutable; build with {@link #defaults()} and the
 * {@code with…} methods.
 *
 * @param seeds server seeds to play in order (cycled); empty = fresh random seeds
 * @param botCount simulated other players that trade and place sidebets
 * @param startMidGame the first game is already running when the simulator starts, as a real server's is when a
 *        client connects mid-game (the GUI's embedded session: a moving chart at once instead of ≈25 s of
 *        cooldown and presale); false = the first game starts with its cooldown (tests rely on that)
 */
public record SimConfig(String host, int port, double speed, List<String> seeds, long randomSeed,
        long latencyMs, long jitterMs, double dropRate, int driftFeeBps, String playerId, String username,
        BigDecimal startingCash, BigDecimal maxBet, int botCount, Path replayCapture, boolean replayAsFastAsPossible,
        boolean startMidGame) {

    public static final String DEFAULT_PLAYER_ID = "did:privy:rugdesksimdemoplayer0001";

    public SimConfig {
        seeds = List.copyOf(seeds);
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0, was " + speed);
        }
        if (dropRate < 0 || dropRate >= 1) {
            throw new IllegalArgumentException("drop rate must be in [0, 1), was " + dropRate);
        }
    }

    /** Without {@code startMidGame}: the first game starts with its cooldown. */
    public SimConfig(String host, int port, double speed, List<String> seeds, long randomSeed, long latencyMs,
            long jitterMs, double dropRate, int driftFeeBps, String playerId, String username,
            BigDecimal startingCash, BigDecimal maxBet, int botCount, Path replayCapture,
            boolean replayAsFastAsPossible) {
        this(host, port, speed, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps, playerId, username,
                startingCash, maxBet, botCount, replayCapture, replayAsFastAsPossible, false);
    }

    public static SimConfig defaults() {
        return new SimConfig("127.0.0.1", 0, 1.0, List.of(), System.nanoTime(), 0, 0, 0, 0, DEFAULT_PLAYER_ID,
                "SimTrader", BigDecimal.TEN, BigDecimal.TEN, 4, null, false, false);
    }

    public SimConfig withHost(String value) {
        return new SimConfig(value, port, speed, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps,
                playerId, username, startingCash, maxBet, botCount, replayCapture, replayAsFastAsPossible, startMidGame);
    }

    public SimConfig withPort(int value) {
        return new SimConfig(host, value, speed, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps,
                playerId, username, startingCash, maxBet, botCount, replayCapture, replayAsFastAsPossible, startMidGame);
    }

    public SimConfig withSpeed(double value) {
        return new SimConfig(host, port, value, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps,
                playerId, username, startingCash, maxBet, botCount, replayCapture, replayAsFastAsPossible, startMidGame);
    }

    public SimConfig withSeeds(List<String> value, long random) {
        return new SimConfig(host, port, speed, value, random, latencyMs, jitterMs, dropRate, driftFeeBps,
                playerId, username, startingCash, maxBet, botCount, replayCapture, replayAsFastAsPossible, startMidGame);
    }

    public SimConfig withFaults(long latency, long jitter, double drop, int feeBps) {
        return new SimConfig(host, port, speed, seeds, randomSeed, latency, jitter, drop, feeBps,
                playerId, username, startingCash, maxBet, botCount, replayCapture, replayAsFastAsPossible, startMidGame);
    }

    public SimConfig withPlayer(String id, String name, BigDecimal cash) {
        return new SimConfig(host, port, speed, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps,
                id, name, cash, maxBet, botCount, replayCapture, replayAsFastAsPossible, startMidGame);
    }

    public SimConfig withBots(int value) {
        return new SimConfig(host, port, speed, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps,
                playerId, username, startingCash, maxBet, value, replayCapture, replayAsFastAsPossible, startMidGame);
    }

    public SimConfig withReplay(Path capture, boolean asFastAsPossible) {
        return new SimConfig(host, port, speed, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps,
                playerId, username, startingCash, maxBet, botCount, capture, asFastAsPossible, startMidGame);
    }

    public SimConfig withStartMidGame(boolean value) {
        return new SimConfig(host, port, speed, seeds, randomSeed, latencyMs, jitterMs, dropRate, driftFeeBps,
                playerId, username, startingCash, maxBet, botCount, replayCapture, replayAsFastAsPossible, value);
    }
}
