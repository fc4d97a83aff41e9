package io.rugdesk.strategy;

import java.util.List;

/**
 * A trading strategy: per tick it looks at an immutable {@link TickView} and returns zero or more
 * {@link Intent}s, executed in order at that tick's price (or later, with latency) by the exchange's rules
 * (protocol.md §4.5–§4.7), after the risk limits. No wall clock, no threads, no I/O: the same inputs (and the
 * seeded {@link java.util.Random} its factory was given) give the same intents, in a backtest, on paper and live.
 * An exception thrown from a callback marks the game failed; the run goes on.
 *
 * <p>A complete strategy and its factory — put them in a jar with a file
 * {@code META-INF/services/io.rugdesk.strategy.StrategyFactory} naming the factory, then run
 * {@code rugdesk backtest --strategy-jar my.jar --strategy dip-buyer --param drop=0.8 SOURCE…}:
 * <pre>{@code
 * public final class DipBuyer implements Strategy {
 *     private final BigDecimal drop;
 *     private BigDecimal peak = BigDecimal.ZERO;
 *
 *     DipBuyer(BigDecimal drop) { this.drop = drop; }
 *
 *     @Override public void onGameStart(GameStart start) { peak = BigDecimal.ZERO; }
 *
 *     @Override public List<Intent> onTick(TickView view) {
 *         BigDecimal price = view.price();
 *         peak = peak.max(price);
 *         if (!view.account().hasPosition() && price.compareTo(peak.multiply(drop)) <= 0) {
 *             return List.of(Intent.buy(new BigDecimal("0.01"), "price fell below drop × peak"));
 *         }
 *         if (view.account().hasPosition() && view.gamePnl().signum() > 0) {
 *             return List.of(Intent.sell(100, "in profit"));
 *         }
 *         return List.of();
 *     }
 * }
 *
 * public final class DipBuyerFactory implements StrategyFactory {
 *     public String name() { return "dip-buyer"; }
 *     public String description() { return "Buys 0.01 SOL after a fall from the peak, sells in profit."; }
 *     public List<ParameterSpec> parameters() {
 *         return List.of(ParameterSpec.ratio("drop", "0.8", "buy when the price is at most drop × the peak"));
 *     }
 *     public Strategy create(StrategyParameters p, Random random) { return new DipBuyer(p.decimal("drop")); }
 * }
 * }</pre>
 * Thread: called by one thread at a time (a backtest worker or the domain thread), never concurrently.
 */
public interface Strategy {

    /** A game begins (before its first tick). */
    default void onGameStart(GameStart start) {
    }

    /** One tick: the intents to execute now, in order (an empty list for none). */
    List<Intent> onTick(TickView view);

    /** The game ended and was settled. */
    default void onGameEnd(GameEnd end) {
    }
}
