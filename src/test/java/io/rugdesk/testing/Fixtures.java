package io.rugdesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real rugs.fun fixtures are: read in place from the folder named by the system property
 * {@code rugdesk.fixtures} (Surefire sets {@code ../shared/fixtures}), never copied into the repo. A test that
 * needs them calls {@link #require(String)}: where the folder is absent it is skipped with a clear message.
 */
public final class Fixtures {

    public static final String PROPERTY = "rugdesk.fixtures";

    private Fixtures() {
    }

    /** The fixtures folder (may not exist). */
    public static Path root() {
        return Path.of(System.getProperty(PROPERTY, "../shared/fixtures")).toAbsolutePath().normalize();
    }

    /** The fixture file at {@code relative}; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "skipped: real fixture " + file + " is absent (set -D"
                + PROPERTY + "=DIR to point at a copy of shared/fixtures)");
        return file;
    }

    public static Path capture1212() {
        return require("captures/public-2025-12-12.jsonl");
    }

    public static Path capture1214() {
        return require("captures/public-2025-12-14.jsonl");
    }

    public static Path keySamples() {
        return require("captures/key-samples-2026-02.json");
    }

    public static Path revealedGames() {
        return require("games/revealed-games-2025-12.jsonl");
    }
}
