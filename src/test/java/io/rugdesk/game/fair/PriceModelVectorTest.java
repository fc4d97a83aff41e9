package io.rugdesk.game.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The worked test vector of protocol.md §4.3 (CAP-A), self-contained: no fixture needed. */
class PriceModelVectorTest {

    private static final String SEED = "1e23450371572df08e4c5a21c82c8d7e5bb5a1630061b5747d3864f58bcf26e8";
    private static final String GAME_ID = "20251212-6114b2ff44ef4b71";
    private static final double[] PRICES = {1, 1.0232624314453478, 1.057415866929514, 1.0716667519350895,
        1.0861107736265372, 1.094072338757706, 1.264699234180339, 1.2539058765284818, 1.2564139412734256,
        1.256113523028957, 1.2492736192104892, 1.2582227898073715, 1.288780735484171, 1.2695662215485264,
        1.2408061902917134, 1.253600362219023};

    @Test
    void reproducesEveryPriceOfTheWorkedVectorBitForBit() {
        GeneratedGame game = PriceModel.v3().generate(SEED, GAME_ID);

        assertThat(game.gameId()).isEqualTo(GAME_ID);
        assertThat(game.preRugPrices()).containsExactly(PRICES);
        assertThat(game.rugTick()).isEqualTo(16);
        assertThat(game.peakMultiplier()).isEqualTo(1.288780735484171);
    }

    @Test
    void bigDecimalPricesNameTheSameDoubles() {
        GeneratedGame game = PriceModel.v3().generate(SEED, GAME_ID);

        assertThat(game.preRugPricesAsBigDecimal()).hasSize(PRICES.length);
        for (int tick = 0; tick < PRICES.length; tick++) {
            assertThat(game.matches(tick, new BigDecimal(Double.toString(PRICES[tick])))).isTrue();
            assertThat(game.preRugPricesAsBigDecimal().get(tick).doubleValue()).isEqualTo(PRICES[tick]);
        }
        // One more digit can still name the same double; the adjacent double must not match.
        assertThat(game.matches(5, new BigDecimal("1.0940723387577061"))).isTrue();
        assertThat(game.matches(5, new BigDecimal(Double.toString(Math.nextUp(PRICES[5]))))).isFalse();
    }

    @Test
    void otherGameIdGivesAnotherGame() {
        assertThat(PriceModel.v3().generate(SEED, "20251212-6114b2ff44ef4b72").preRugPrices())
                .isNotEqualTo(PRICES);
    }

    @Test
    void hashIsOfTheSeedStringNotItsBytes() {
        assertThat(SeedHash.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
