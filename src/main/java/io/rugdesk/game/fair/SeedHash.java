package io.rugdesk.game.fair;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The provably-fair commitment (protocol.md §4.4): the announced hash is SHA-256 of the UTF-8 bytes of the
 * 64-character hex seed STRING — not of the bytes it spells (hashing the decoded bytes fails every real game).
 *
 * <p>Thread: stateless; safe from any thread.
 */
public final class SeedHash {

    private static final int SEED_BYTES = 32;

    private SeedHash() {
    }

    /** Lowercase hex SHA-256 of the seed string's UTF-8 bytes. */
    public static String sha256Hex(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** A fresh server seed for the simulator: 64 lowercase hex characters from {@code random}. */
    public static String newSeed(SecureRandom random) {
        byte[] bytes = new byte[SEED_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
