package io.rugdesk.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the rugs.fun page shows around the chart, as one immutable value of {@link UiSnapshot}: other players'
 * trades, the current game's top 10, the last games and the last-100 counts, and the price of a sidebet. Plain
 * types only, so {@code ui} depends on nothing else. Thread: any; instances are immutable.
 *
 * @param crowd       other players' trades in the current game, oldest first (capped)
 * @param leaders     the current game's top 10 by rank
 * @param history     the last finished games, newest first
 * @param sidebetOdds null when not known
 */
public record GameBoard(List<CrowdTrade> crowd, List<Leader> leaders, List<PastGame> history, Last100 last100,
                        SidebetOdds sidebetOdds) {
    public GameBoard {
        crowd = UiSnapshot.lastOf(crowd, MAX_CROWD_TRADES);
        leaders = leaders == null ? List.of() : List.copyOf(leaders.subList(0,
                Math.min(leaders.size(), MAX_LEADERS)));
        history = history == null ? List.of() : List.copyOf(history.subList(0,
                Math.min(history.size(), MAX_PAST_GAMES)));
        last100 = last100 == null ? Last100.unknown() : last100;
    }

    public static GameBoard empty() {
        return new GameBoard(List.of(), List.of(), List.of(), Last100.unknown(), null);
    }

    public static final int MAX_CROWD_TRADES = 500;
    public static final int MAX_LEADERS = 10;
    public static final int MAX_PAST_GAMES = 10;

    /** What another player did: shown as a small labelled marker on the chart. */
    public enum CrowdAction { BUY, SELL, SIDEBET }

    /** Another player's trade or sidebet placement ({@code standard/newTrade}, {@code newSideBet}). */
    public record CrowdTrade(int tick, BigDecimal price, String name, CrowdAction action, BigDecimal amount) {
        public CrowdTrade {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(amount, "amount");
            name = name == null ? "" : name;
        }
    }

    /** A row of the current game's top 10; {@code me} marks the player's own row. */
    public record Leader(int rank, String name, BigDecimal pnl, BigDecimal pnlPercent, boolean me) {
        public Leader {
            Objects.requireNonNull(pnl, "pnl");
            Objects.requireNonNull(pnlPercent, "pnlPercent");
            name = name == null ? "" : name;
        }
    }

    /**
     * A finished game of the page's history strip: its peak multiplier and rug tick (-1 when unknown), and the
     * fairness check of its revealed seed (null while the seed is not revealed).
     */
    public record PastGame(String gameId, BigDecimal peak, int rugTick, FairnessResult fairness) {
        public PastGame {
            Objects.requireNonNull(gameId, "gameId");
            Objects.requireNonNull(peak, "peak");
        }

        public PastGame(String gameId, BigDecimal peak, int rugTick) {
            this(gameId, peak, rugTick, null);
        }
    }

    /**
     * A revealed game replayed from its seed by the price model (protocol.md §4.3–§4.4), computed in the domain:
     * whether the seed hashes to the announced hash and the model's prices, rug tick and peak are what the server
     * revealed (and this client saw live, where it did).
     *
     * @param details    what was compared and matched, or every mismatch
     * @param modelRugTick the rug tick the model replays from the seed
     * @param modelPeak    the peak multiplier the model replays (as the double's decimal)
     */
    public record FairnessResult(boolean verified, String details, String serverSeed, String serverSeedHash,
                                 int modelRugTick, BigDecimal modelPeak) {
        public FairnessResult {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(serverSeed, "serverSeed");
        }
    }

    /** The page's counts over the last 100 games; null where the server did not say. */
    public record Last100(Integer over2x, Integer over10x, Integer over50x) {
        public static Last100 unknown() {
            return new Last100(null, null, null);
        }
    }

    /**
     * The price of a sidebet placed now, from the price model (protocol.md §4.3, §4.7), computed exactly in the
     * domain: the chance the game rugs within its window, and the expected result per SOL staked.
     *
     * @param winChance   e.g. 0.1818… (1 − 0.995^40)
     * @param expectation per SOL staked, e.g. −0.0907… (winChance × payout − 1)
     */
    public record SidebetOdds(int windowTicks, BigDecimal payout, BigDecimal winChance, BigDecimal expectation) {
        public SidebetOdds {
            Objects.requireNonNull(payout, "payout");
            Objects.requireNonNull(winChance, "winChance");
            Objects.requireNonNull(expectation, "expectation");
        }
    }
}
