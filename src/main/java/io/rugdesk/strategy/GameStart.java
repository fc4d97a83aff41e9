package io.rugdesk.strategy;

/**
 * A game begins for the strategy: {@code firstTick} is the first tick it will see ({@code joinedMidGame} when that
 * is not the start of the game, e.g. a recording joined late).
 */
public record GameStart(String gameId, int firstTick, boolean joinedMidGame, AccountView account) {
}
