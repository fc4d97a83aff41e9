package io.rugdesk.bot;

import io.rugdesk.event.Stamp;

/**
 * One line of the decision log: on {@code tick} of {@code gameId} the strategy asked for {@code intent} (with its
 * reason); {@code outcome} is FILLED, SENT (live: the server decides), REFUSED or STOPPED, {@code detail} the fill
 * or the refusal's reason. Published by {@link StrategyRunner}; the event log, the Strategy panel and the bot's
 * terminal output listen.
 */
public record StrategyDecided(Stamp stamp, String gameId, int tick, String intent, String outcome, String detail)
        implements BotEvent { }
