package io.rugdesk.protocol;

/** {@code provablyFair} of a live game: the announced hash; the seed itself is only ever in {@code gameHistory}. */
public record ProvablyFair(String serverSeedHash, String version) { }
