package io.rugdesk.backtest;

/**
 * One source of a backtest as the report lists it: the path (or {@code generated}), its kind ({@code recording},
 * {@code capture}, {@code revealed}, {@code generated}), how many games it gave, and why it was skipped (null
 * when it was used) or what was left out of it ({@code note}).
 */
public record SourceEntry(String source, String kind, int games, String skipped, String note) {
}
