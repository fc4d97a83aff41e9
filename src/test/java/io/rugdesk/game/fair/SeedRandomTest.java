package io.rugdesk.game.fair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedRandomTest {

    @Test
    void firstValueOfHelloMatchesSeedrandomJs() {
        // The check value published with seedrandom: Math.seedrandom('hello.')() === 0.9282578795792454
        assertThat(new SeedRandom("hello.").nextDouble()).isEqualTo(0.9282578795792454);
    }

    @Test
    void sameSeedSameStreamAndOtherSeedOtherStream() {
        SeedRandom first = new SeedRandom("abc-123");
        SeedRandom second = new SeedRandom("abc-123");
        SeedRandom other = new SeedRandom("abc-124");
        boolean anyDifference = false;
        for (int k = 0; k < 1000; k++) {
            double value = first.nextDouble();
            assertThat(value).isEqualTo(second.nextDouble()).isBetween(0.0, 1.0).isNotEqualTo(1.0);
            anyDifference |= value != other.nextDouble();
        }
        assertThat(anyDifference).isTrue();
    }

    @Test
    void emptyAndLongSeedsAreAccepted() {
        double empty = new SeedRandom("").nextDouble();
        double longSeed = new SeedRandom("x".repeat(1000)).nextDouble();
        assertThat(empty).isBetween(0.0, 1.0);
        assertThat(longSeed).isBetween(0.0, 1.0).isNotEqualTo(empty);
    }
}
