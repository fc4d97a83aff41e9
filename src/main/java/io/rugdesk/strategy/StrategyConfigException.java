package io.rugdesk.strategy;

/**
 * A strategy cannot be set up as asked: an unknown strategy or parameter, a malformed or out-of-range value.
 * The message names the strategy or parameter and says what is accepted. Runners report it before any game runs
 * (the command line exits with code 2).
 */
public final class StrategyConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public StrategyConfigException(String message) {
        super(message);
    }
}
