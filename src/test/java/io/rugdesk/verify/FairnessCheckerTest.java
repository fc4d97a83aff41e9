package io.rugdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.game.fair.SeedHash;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The worked vector of protocol.md §4.3 (self-contained), then altered one fact at a time. */
class FairnessCheckerTest {

    static final String SEED = "1e23450371572df08e4c5a21c82c8d7e5bb5a1630061b5747d3864f58bcf26e8";
    static final String GAME_ID = "20251212-6114b2ff44ef4b71";
    static final List<String> REVEALED = List.of("1", "1.0232624314453478", "1.057415866929514",
            "1.0716667519350895", "1.0861107736265372", "1.094072338757706", "1.264699234180339",
            "1.2539058765284818", "1.2564139412734256", "1.256113523028957", "1.2492736192104892",
            "1.2582227898073715", "1.288780735484171", "1.2695662215485264", "1.2408061902917134",
            "1.253600362219023", "0.020000000000000018");

    private final FairnessChecker checker = new FairnessChecker(PriceModel.v3());

    static List<BigDecimal> revealed() {
        return REVEALED.stream().map(BigDecimal::new).toList();
    }

    /** The live view of a client that joined at tick 4 and saw the rug. */
    static TreeMap<Integer, BigDecimal> seenFromTick4() {
        TreeMap<Integer, BigDecimal> seen = new TreeMap<>();
        for (int tick = 4; tick < REVEALED.size(); tick++) {
            seen.put(tick, new BigDecimal(REVEALED.get(tick)));
        }
        return seen;
    }

    @Test
    void realGamePasses() {
        FairnessChecker.Verdict verdict = checker.check(GAME_ID, SeedHash.sha256Hex(SEED), SEED, seenFromTick4(),
                revealed());

        assertThat(verdict.ok()).as(verdict.details()).isTrue();
        assertThat(verdict.details()).contains("hash ok", "16 revealed prices and rug tick 16 match",
                "13 live prices match");
    }

    @Test
    void alteredRevealedPriceFailsNamingTheTick() {
        List<BigDecimal> prices = new ArrayList<>(revealed());
        prices.set(7, new BigDecimal("1.253905876528483"));

        FairnessChecker.Verdict verdict = checker.check(GAME_ID, SeedHash.sha256Hex(SEED), SEED, Map.of(), prices);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.details()).isEqualTo("revealed price at tick 7 differs: expected 1.2539058765284818,"
                + " revealed 1.253905876528483");
    }

    @Test
    void alteredLivePriceFails() {
        Map<Integer, BigDecimal> seen = seenFromTick4();
        seen.put(9, new BigDecimal("1.3"));

        FairnessChecker.Verdict verdict = checker.check(GAME_ID, null, SEED, seen, List.of());

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.details()).contains("live price at tick 9 differs: expected 1.256113523028957, seen 1.3");
    }

    @Test
    void wrongHashFails() {
        FairnessChecker.Verdict verdict = checker.check(GAME_ID, SeedHash.sha256Hex("something else"), SEED,
                Map.of(), revealed());

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.details()).startsWith("hash mismatch: announced ").doesNotContain("tick");
    }

    @Test
    void earlyRugInTheRevealedListFailsAsRugTickMismatch() {
        List<BigDecimal> prices = new ArrayList<>(revealed().subList(0, 12));
        prices.add(new BigDecimal("0.015"));

        FairnessChecker.Verdict verdict = checker.check(GAME_ID, SeedHash.sha256Hex(SEED), SEED, Map.of(), prices);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.details()).contains("rug tick mismatch: the revealed list rugs at tick 12, the model at"
                + " tick 16");
    }

    @Test
    void liveTicksBeyondTheModelsRugFail() {
        Map<Integer, BigDecimal> seen = seenFromTick4();
        seen.put(17, new BigDecimal("1.26"));

        FairnessChecker.Verdict verdict = checker.check(GAME_ID, SeedHash.sha256Hex(SEED), SEED, seen, revealed());

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.details()).contains("live tick 17 was seen but the model rugs at tick 16");
    }

    @Test
    void liveRugSeenEarlyIsExplained() {
        Map<Integer, BigDecimal> seen = new TreeMap<>(seenFromTick4().subMap(4, 10));
        seen.put(10, new BigDecimal("0.012"));

        FairnessChecker.Verdict verdict = checker.check(GAME_ID, null, SEED, seen, List.of());

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.details()).contains("tick 10", "the model rugs at tick 16");
    }

    @Test
    void withoutPricesOnlyTheHashIsCheckedAndSaidSo() {
        FairnessChecker.Verdict verdict = checker.check(GAME_ID, SeedHash.sha256Hex(SEED), SEED, Map.of(),
                List.of());

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.details()).contains("hash ok", "hash only");
    }

    @Test
    void peakMultiplierIsCheckedWhenGiven() {
        String hash = SeedHash.sha256Hex(SEED);
        assertThat(checker.check(GAME_ID, hash, SEED, Map.of(), List.of(), new BigDecimal("1.288780735484171")).ok())
                .isTrue();
        FairnessChecker.Verdict wrongPeak = checker.check(GAME_ID, hash, SEED, Map.of(), List.of(),
                new BigDecimal("1.29"));
        assertThat(wrongPeak.ok()).isFalse();
        assertThat(wrongPeak.details())
                .isEqualTo("peak multiplier differs: expected 1.288780735484171, revealed 1.29");
    }

    @Test
    void missingSeedFails() {
        assertThat(checker.check(GAME_ID, "abc", null, Map.of(), List.of()).ok()).isFalse();
        assertThat(checker.check(GAME_ID, "abc", " ", Map.of(), List.of()).details()).contains("no server seed");
    }
}
