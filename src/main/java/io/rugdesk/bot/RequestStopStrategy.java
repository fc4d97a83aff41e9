package io.rugdesk.bot;

import io.rugdesk.event.Stamp;

/** The user stops the running strategy (Stop button, the bot's end); handled by {@link StrategyRunner}. */
public record RequestStopStrategy(Stamp stamp, String why) implements BotEvent { }
