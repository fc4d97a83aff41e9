package io.rugdesk.bot;

import io.rugdesk.event.Stamp;

/**
 * The runner stopped asking the strategy: {@code reason} says why (it threw, returned nonsense, the user or the
 * emergency stop stopped it). Its open position is left to the user unless the emergency stop sells it. Published by
 * {@link StrategyRunner}.
 */
public record StrategyStopped(Stamp stamp, String strategy, String reason) implements BotEvent { }
