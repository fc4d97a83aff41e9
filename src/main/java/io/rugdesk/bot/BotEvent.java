package io.rugdesk.bot;

import io.rugdesk.event.Event;

/** What the strategy runner decided and why it stopped; published by {@link StrategyRunner}. */
public sealed interface BotEvent extends Event permits StrategyDecided, StrategyStopped, RequestStopStrategy { }
