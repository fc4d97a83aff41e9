package io.rugdesk.strategy;

/** The phase a strategy is asked in: the presale (price 1.0, tick 0, no sells) or a running tick. */
public enum Phase { PRESALE, ACTIVE }
