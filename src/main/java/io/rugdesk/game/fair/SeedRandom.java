package io.rugdesk.game.fair;

/**
 * A bit-exact Java port of David Bau's {@code seedrandom} 3.x default generator ({@code Math.seedrandom(seed)}):
 * an ARC4 stream keyed from the seed string, with the first 256 bytes dropped, yielding doubles with 52
 * significant bits. rugs.fun draws its prices from this generator, so every step mirrors the JavaScript
 * (including its number semantics) rather than any "equivalent" Java idiom.
 *
 * <p>Thread: not thread-safe; one instance per game, used by one thread.
 */
public final class SeedRandom {

    private static final int WIDTH = 256;
    private static final int MASK = WIDTH - 1;
    private static final int CHUNKS = 6;
    private static final double START_DENOMINATOR = Math.pow(WIDTH, CHUNKS);
    private static final double SIGNIFICANCE = Math.pow(2, 52);
    private static final double OVERFLOW = SIGNIFICANCE * 2;

    private final int[] state = new int[WIDTH];
    private int i;
    private int j;

    /** Seeds the generator exactly as {@code new Math.seedrandom(seed)} does for a string seed. */
    public SeedRandom(String seed) {
        initialize(mixKey(seed));
        nextBytes(WIDTH);
    }

    /**
     * seedrandom's {@code mixkey}: folds the string's UTF-16 code units into a key of at most 256 bytes. In
     * JavaScript the key slots start {@code undefined} and {@code undefined * 19} is NaN, which {@code ^=}
     * turns into 0 — so an untouched slot behaves as 0 here. The key's length is what {@code mixkey} wrote.
     */
    private static int[] mixKey(String seed) {
        int[] key = new int[Math.min(seed.length(), WIDTH)];
        int smear = 0;
        for (int k = 0; k < seed.length(); k++) {
            smear ^= key[MASK & k] * 19;
            key[MASK & k] = MASK & (smear + seed.charAt(k));
        }
        return key;
    }

    /** The ARC4 key schedule; an empty key acts as the single byte 0, as in seedrandom. */
    private void initialize(int[] key) {
        int[] effectiveKey = key.length == 0 ? new int[] {0} : key;
        for (int k = 0; k < WIDTH; k++) {
            state[k] = k;
        }
        int swapIndex = 0;
        for (int k = 0; k < WIDTH; k++) {
            int held = state[k];
            swapIndex = MASK & (swapIndex + effectiveKey[k % effectiveKey.length] + held);
            state[k] = state[swapIndex];
            state[swapIndex] = held;
        }
        i = 0;
        j = 0;
    }

    /** ARC4's {@code g(count)}: the next {@code count} bytes as one big-endian number (count ≤ 6 is exact). */
    private long nextBytes(int count) {
        int[] s = state;   // locals: this runs a few times per tick of every generated game
        int a = i;
        int b = j;
        long result = 0;
        for (int k = 0; k < count; k++) {
            a = MASK & (a + 1);
            int held = s[a];
            b = MASK & (b + held);
            int swapped = s[b];
            s[a] = swapped;
            s[b] = held;
            result = (result << 8) | s[MASK & (swapped + held)];   // = result × 256 + byte
        }
        i = a;
        j = b;
        return result;
    }

    /**
     * The next value in [0, 1): seedrandom's {@code prng()}. Its arithmetic stays on integers below 2^60, all
     * exactly representable as doubles, so the double steps below equal the JavaScript ones bit for bit.
     */
    public double nextDouble() {
        double numerator = nextBytes(CHUNKS);
        double denominator = START_DENOMINATOR;
        long extra = 0;
        while (numerator < SIGNIFICANCE) {
            numerator = (numerator + extra) * WIDTH;
            denominator *= WIDTH;
            extra = nextBytes(1);
        }
        while (numerator >= OVERFLOW) {
            numerator /= 2;
            denominator /= 2;
            extra >>>= 1;
        }
        return (numerator + extra) / denominator;
    }
}
