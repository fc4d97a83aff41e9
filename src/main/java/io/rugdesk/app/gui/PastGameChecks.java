package io.rugdesk.app.gui;

import io.rugdesk.game.fair.GeneratedGame;
import io.rugdesk.game.fair.PriceModel;
import io.rugdesk.protocol.GameHistoryEntry;
import io.rugdesk.ui.GameBoard.FairnessResult;
import io.rugdesk.verify.FairnessChecked;
import io.rugdesk.verify.FairnessChecker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fairness check behind a click on the history strip: each revealed game of {@code gameHistory} replayed
 * from its seed with the price model and compared with what the server revealed (hash, every price, rug tick,
 * peak), joined with the live check of {@code FairnessMonitor} for the games this client watched (the prices it
 * saw tick by tick). A game is checked once; its result is kept for the last {@value #KEPT} games.
 * Thread: the domain thread only.
 */
final class PastGameChecks {

    static final int KEPT = 32;

    private final Map<String, FairnessResult> results = bounded();
    private final Map<String, FairnessChecked> live = bounded();

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > KEPT;
            }
        };
    }

    /** The check of a history entry; null when its seed is not revealed. */
    FairnessResult resultOf(GameHistoryEntry entry) {
        if (entry.serverSeed() == null || entry.serverSeed().isBlank() || entry.id() == null) {
            return null;
        }
        FairnessResult known = results.get(entry.id());
        if (known == null) {
            known = check(entry);
            results.put(entry.id(), known);
        }
        return known;
    }

    /**
     * The live verdict of a game this client watched; true when it changes a result already shown (the strip's
     * entry is then rebuilt).
     */
    boolean liveVerdict(FairnessChecked verdict) {
        live.put(verdict.gameId(), verdict);
        return results.remove(verdict.gameId()) != null;
    }

    private FairnessResult check(GameHistoryEntry entry) {
        boolean v1 = "v1".equals(entry.gameVersion());
        PriceModel model = new PriceModel(v1 ? PriceModel.Version.V1 : PriceModel.Version.V3);
        FairnessChecker.Verdict verdict = new FairnessChecker(model).check(entry.id(), entry.serverSeedHash(),
                entry.serverSeed(), Map.of(), entry.prices(), entry.peakMultiplier());
        GeneratedGame replayed = model.generate(entry.serverSeed(), entry.id());
        boolean verified = verdict.ok();
        String details = verdict.details();
        FairnessChecked watched = live.get(entry.id());
        if (watched != null) {
            verified &= watched.ok();
            details += "; live check: " + watched.details();
        }
        return new FairnessResult(verified, details, entry.serverSeed(), entry.serverSeedHash(),
                replayed.rugTick(), replayed.peakMultiplierAsBigDecimal());
    }
}
