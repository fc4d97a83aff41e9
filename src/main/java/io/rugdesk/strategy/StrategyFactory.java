package io.rugdesk.strategy;

import java.util.List;
import java.util.Random;

/**
 * Makes strategies of one kind; the service interface a strategy jar declares in
 * {@code META-INF/services/io.rugdesk.strategy.StrategyFactory} (see {@link Strategy} for a complete example).
 */
public interface StrategyFactory {

    /** The name users type ({@code --strategy NAME}): lower case, words joined by '-'. */
    String name();

    /** One sentence on what the strategy does. */
    String description();

    /** The parameters it takes, with defaults and what each does. */
    List<ParameterSpec> parameters();

    /**
     * A new strategy with checked {@code parameters}; {@code random} is its only source of chance. Throws a
     * {@link StrategyConfigException} (e.g. {@link StrategyParameters#invalid}) when the values contradict
     * each other.
     */
    Strategy create(StrategyParameters parameters, Random random);

    /**
     * True when the games are independent for this strategy: a fresh instance per game decides as one instance
     * over all games would, and it never reads cash or session P&amp;L. A backtest may then run games in
     * parallel. False (the default) keeps one instance and one thread.
     */
    default boolean gamesIndependent() {
        return false;
    }
}
