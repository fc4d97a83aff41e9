package io.rugdesk.game.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Structural invariants over many seeds (no fixture): positive prices, geometric game length. */
class PriceModelInvariantsTest {

    private static final int GAMES = 2000;

    @Test
    void pricesArePositiveAndRugTicksLookGeometric() {
        Random seeds = new Random(20251212L);
        long totalTicks = 0;
        int shortGames = 0;
        for (int game = 0; game < GAMES; game++) {
            String seed = Long.toHexString(seeds.nextLong()) + Long.toHexString(seeds.nextLong());
            GeneratedGame generated = PriceModel.v3().generate(seed, "20251212-" + game);

            double[] prices = generated.preRugPrices();
            assertThat(prices[0]).isEqualTo(1.0);
            assertThat(generated.rugTick()).isEqualTo(prices.length).isBetween(1, PriceModel.MAX_TICKS + 1);
            double peak = 0;
            for (double price : prices) {
                assertThat(price).isPositive().isFinite();
                peak = Math.max(peak, price);
            }
            assertThat(generated.peakMultiplier()).isEqualTo(peak);
            totalTicks += generated.rugTick() - 1;
            if (generated.rugTick() - 1 < 139) {
                shortGames++;
            }
        }
        // Ticks before the rug draw are geometric with p = 0.005: mean (1-p)/p = 199, sd ≈ 199/sqrt(2000) ≈ 4.5.
        double mean = (double) totalTicks / GAMES;
        assertThat(mean).isBetween(170.0, 230.0);
        // P(X < 139) = 1 - 0.995^139 ≈ 0.50: the median sits where a geometric law puts it.
        assertThat(shortGames / (double) GAMES).isBetween(0.45, 0.55);
    }

    @Test
    void generatedSeedsAreLowercaseHexOf64Chars() {
        String seed = SeedHash.newSeed(new SecureRandom());
        assertThat(seed).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(SeedHash.sha256Hex(seed)).hasSize(64).matches("[0-9a-f]{64}");
    }
}
