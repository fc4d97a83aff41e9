package io.rugdesk.verify;

import io.rugdesk.game.fair.GeneratedGame;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.game.fair.SeedHash;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides whether a finished game was provably fair (protocol.md §4.3–§4.4): the revealed seed hashes to the
 * announced hash, and the price model replayed from the seed yields every price this client saw live and
 * every price the server revealed, with the rug at the same tick. The rug price itself is not produced by the
 * model, so it is never compared.
 *
 * <p>Prices are compared as the doubles they name (see {@link GeneratedGame}): JDK 17 may print a double with
 * more digits than JavaScript does, so decimal equality would report false mismatches.
 *
 * <p>Thread: a pure function, stateless; called on the domain thread (and by the command line tool).
 */
public final class FairnessChecker {

    /** What the check decided. */
    public record Verdict(String gameId, boolean ok, String details) { }

    private final PriceModel model;

    public FairnessChecker(PriceModel model) {
        this.model = model;
    }

    /**
     * Checks one game.
     *
     * @param announcedHash  the hash announced before the game, or null when this client did not see it
     * @param revealedSeed   the seed the server revealed afterwards
     * @param seenPrices     tick → price this client saw live (possibly partial; may hold the rug price at the
     *                       rug tick)
     * @param revealedPrices the server's full list (last value = rug price), empty when it left it out
     */
    public Verdict check(String gameId, String announcedHash, String revealedSeed, Map<Integer, BigDecimal> seenPrices,
                         List<BigDecimal> revealedPrices) {
        return check(gameId, announcedHash, revealedSeed, seenPrices, revealedPrices, null);
    }

    /**
     * As {@link #check(String, String, String, Map, List)}, also comparing the server's {@code peakMultiplier}
     * (null: not compared) — the only model output a reveal without prices (Feb 2026) still carries.
     */
    public Verdict check(String gameId, String announcedHash, String revealedSeed, Map<Integer, BigDecimal> seenPrices,
                         List<BigDecimal> revealedPrices, BigDecimal revealedPeak) {
        if (revealedSeed == null || revealedSeed.isBlank()) {
            return new Verdict(gameId, false, "no server seed revealed");
        }
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        String actualHash = SeedHash.sha256Hex(revealedSeed);
        if (announcedHash == null || announcedHash.isBlank()) {
            checked.add("no announced hash to compare");
        } else if (announcedHash.trim().equalsIgnoreCase(actualHash)) {
            checked.add("hash ok");
        } else {
            problems.add("hash mismatch: announced " + announcedHash + ", SHA-256(seed) is " + actualHash);
        }
        GeneratedGame game = model.generate(revealedSeed, gameId);
        List<BigDecimal> expected = game.preRugPricesAsBigDecimal();
        if (!revealedPrices.isEmpty()) {
            int before = problems.size();
            compareRevealed(game, expected, revealedPrices, problems);
            if (problems.size() == before) {
                checked.add(revealedPrices.size() - 1 + " revealed prices and rug tick " + game.rugTick() + " match");
            }
        }
        if (!seenPrices.isEmpty()) {
            int before = problems.size();
            compareSeen(game, expected, new TreeMap<>(seenPrices), problems);
            if (problems.size() == before) {
                checked.add(seenPrices.size() + " live prices match");
            }
        }
        if (revealedPeak != null) {
            if (game.peakMatches(revealedPeak)) {
                checked.add("peak ok");
            } else {
                problems.add("peak multiplier differs: expected " + game.peakMultiplierAsBigDecimal() + ", revealed "
                        + revealedPeak.toPlainString());
            }
        }
        if (revealedPrices.isEmpty() && seenPrices.isEmpty()) {
            checked.add("no prices revealed or seen: hash" + (revealedPeak == null ? "" : " and peak") + " only");
        }
        return problems.isEmpty()
                ? new Verdict(gameId, true, String.join(", ", checked))
                : new Verdict(gameId, false, String.join("; ", problems));
    }

    private static void compareRevealed(GeneratedGame game, List<BigDecimal> expected, List<BigDecimal> revealed,
                                        List<String> problems) {
        int revealedRugTick = revealed.size() - 1;
        int common = Math.min(revealedRugTick, game.rugTick());
        for (int tick = 0; tick < common; tick++) {
            if (!game.matches(tick, revealed.get(tick))) {
                problems.add("revealed price at tick " + tick + " differs: expected " + expected.get(tick)
                        + ", revealed " + revealed.get(tick).toPlainString());
            }
        }
        if (revealedRugTick != game.rugTick()) {
            problems.add("rug tick mismatch: the revealed list rugs at tick " + revealedRugTick
                    + ", the model at tick " + game.rugTick());
        }
    }

    private static void compareSeen(GeneratedGame game, List<BigDecimal> expected, TreeMap<Integer, BigDecimal> seen,
                                    List<String> problems) {
        for (Map.Entry<Integer, BigDecimal> entry : seen.entrySet()) {
            int tick = entry.getKey();
            BigDecimal price = entry.getValue();
            if (tick < 0 || tick > game.rugTick()) {
                problems.add("live tick " + tick + " was seen but the model rugs at tick " + game.rugTick());
            } else if (tick < game.rugTick() && !game.matches(tick, price)) {
                String hint = tick == seen.lastKey() ? " (if this was the rug, the model rugs at tick "
                        + game.rugTick() + ")" : "";
                problems.add("live price at tick " + tick + " differs: expected " + expected.get(tick) + ", seen "
                        + price.toPlainString() + hint);
            }
        }
    }
}
