package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.app.ClientSession;
import io.rugdesk.protocol.PlayerUpdate;
import io.rugdesk.ui.RiskLimitsForm;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manual orders beside the paper account, in the real app against the embedded simulator at 20×: a paper buy
 * changes the paper account (the local model follows, the verifier stays in sync) and never the simulator's
 * player; a buy above the max-SOL-per-buy limit is refused with the guard's sentence in the toast.
 */
class PaperTradingWindowTest {

    private static final Duration GAMES = Duration.ofSeconds(90);
    private static final Duration SHORT = Duration.ofSeconds(15);

    @TempDir
    Path folder;
    private AppHarness app;

    @BeforeEach
    void open() throws Exception {
        app = AppHarness.openWithGameRunning(folder, GAMES);
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aManualPaperBuyChangesThePaperAccountNotTheSimulatorsPlayer() throws Exception {
        ClientSession session = app.sessions.current().orElseThrow().session();
        List<BigDecimal> simulatedPlayerCash = new CopyOnWriteArrayList<>();
        session.domain().execute(() -> session.bus().subscribe(PlayerUpdate.class,
                update -> simulatedPlayerCash.add(update.cash())));
        app.frame.tabbedPane("bottomTabs").selectTab("Strategy");
        app.frame.radioButton("strategyPaper").click();
        app.awaitShown("the paper account adopted", SHORT, s -> s.account().local().cash() != null
                && s.account().local().cash().compareTo(BigDecimal.TEN) == 0
                && app.window.frame().getTitle().equals("Rugdesk — PAPER"));

        UiSnapshot held = null;
        for (int game = 0; game < 8 && held == null; game++) {
            held = buyInAnActiveGame();
        }
        assertThat(held).as("a paper buy filled").isNotNull();
        // Figures of the snapshot that showed the position: a rug right after it liquidates the position and pays
        // something back, so a later read of the paper cash may be above 9.99 again.
        BigDecimal paperCash = held.account().server().cash();
        // 0.01 SOL paid (an earlier attempt's position may have been liquidated at a rug, which paid something back)
        assertThat(paperCash).isLessThanOrEqualTo(new BigDecimal("9.99"));
        assertThat(held.account().local().cash()).isEqualByComparingTo(paperCash);
        // the server column is the paper exchange's cash (the snapshot may lag it by a refresh: waited for)
        await("the server column showing the paper exchange's cash").atMost(SHORT).until(() -> {
            BigDecimal exchange = app.sessions.current().orElseThrow().trading().view().paperCash();
            BigDecimal shown = app.window.lastShown().account().server().cash();
            return shown != null && shown.compareTo(exchange) == 0;
        });
        app.awaitShown("verified in sync with the paper exchange", SHORT, s -> s.drift().state() == DriftState.IN_SYNC);
        TimeUnit.MILLISECONDS.sleep(500);   // room for a playerUpdate the simulator would send for an order it took
        assertThat(simulatedPlayerCash).as("the simulator's player took no order").allSatisfy(
                cash -> assertThat(cash).isEqualByComparingTo(simulatedPlayerCash.get(0)));
    }

    @Test
    void aBuyAboveTheMaxBuyLimitIsRefusedWithTheGuardsSentenceInTheToast() {
        GuiActionRunner.execute(() -> app.commands.riskLimits(new RiskLimitsForm(new BigDecimal("0.05"), null, null,
                null, null, null, null, null, true)));
        app.awaitOnEdt("the limit in force", SHORT, () -> app.commands.currentRiskLimits().maxBuy() != null);
        app.frame.textBox("amountField").deleteText().enterText("0.1");
        app.awaitShown("a game that allows buying", GAMES, s -> s.permissions().buy().enabled());
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                app.frame.button("buyButton").click();
                break;
            } catch (IllegalStateException disabledMeanwhile) {
                app.awaitShown("a game that allows buying", GAMES, s -> s.permissions().buy().enabled());
            }
        }
        // the window toasts every notice of the snapshots it shows; a later notice (e.g. prices late on a loaded
        // machine) may replace the toast's text before it is read, so the shown notices are what is waited for
        String refusal = "Buy refused: a buy of 0.1 SOL is above the limit of 0.05 SOL per buy.";
        app.awaitShown("the refusal among the notices the window toasts", SHORT, s -> s.notices().stream()
                .anyMatch(notice -> notice.level() != UiSnapshot.NoticeLevel.INFO && notice.text().contains(refusal)));
    }

    /** Buys 0.01 SOL as soon as an active game allows it; the snapshot showing the position, or null on a rug. */
    private UiSnapshot buyInAnActiveGame() {
        UiSnapshot active = app.awaitShown("an active game that allows buying", GAMES,
                s -> s.game().phase() == GamePhase.ACTIVE && s.game().tick() < 150 && s.permissions().buy().enabled());
        String gameId = active.game().gameId();
        try {
            app.frame.button("buyButton").click();
        } catch (IllegalStateException disabledMeanwhile) {
            return null;
        }
        UiSnapshot after = app.awaitShown("the buy on the paper side, or the game over", SHORT,
                s -> qty(s).signum() > 0 || !gameId.equals(s.game().gameId()) || s.game().phase() != GamePhase.ACTIVE);
        return qty(after).signum() > 0 && after.game().phase() == GamePhase.ACTIVE ? after : null;
    }

    private static BigDecimal qty(UiSnapshot snapshot) {
        BigDecimal qty = snapshot.account().line(AccountField.POSITION_QTY).server();
        return qty == null ? BigDecimal.ZERO : qty;
    }
}
