package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rugdesk.ui.MoneyFormat;
import io.rugdesk.ui.UiSnapshot;
import io.rugdesk.ui.UiSnapshot.AccountField;
import io.rugdesk.ui.UiSnapshot.DriftState;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees and does in the real app against the real embedded simulator at 20× (Xvfb; components found by
 * name). Games rug at random, so an action that needs an open position is retried in the next game when the rug
 * came first.
 */
class GuiOnSimulatorTest {

    private static final Duration GAMES = Duration.ofSeconds(60);
    private static final Duration SHORT = Duration.ofSeconds(10);
    /** The ui's red for DRIFT (Palette.RED, package-private there). */
    private static final Color DRIFT_RED = Color.decode("#d0453a");

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
    void tickingAutoRecordStartsARecordingAndTheRecIndicatorShowsTheFile() throws IOException {
        app.frame.label("playerLabel").requireText(Pattern.compile("SimTrader.*"));
        app.frame.label("recIndicator").requireText("not recording");

        app.clickMenu("Recording", "Auto-record games");

        // Snapshot and indicator read in one EDT call: at 20x the recording moves on to the next game often, and
        // between games the indicator rightly says "auto-record on".
        RecIndicator rec = app.awaitOnEdt("a recording started, read with its indicator", GAMES,
                () -> new RecIndicator(app.window.lastShown(), label("recIndicator")),
                read -> read.shown().recording().active());
        String file = rec.shown().recording().fileName();
        assertThat(file).endsWith(".jsonl");
        // The whole name, or at a narrow window its start and end around an ellipsis; the tooltip names it in full.
        assertThat(rec.text()).startsWith("REC  ");
        String shownFile = rec.text().substring("REC  ".length());
        if (!shownFile.equals(file)) {
            int cut = shownFile.indexOf('…');
            assertThat(cut).as("where " + rec.text() + " is cut").isPositive().isLessThan(shownFile.length() - 1);
            assertThat(file).startsWith(shownFile.substring(0, cut)).endsWith(shownFile.substring(cut + 1));
        }
        assertThat(rec.toolTip()).matches(Pattern.compile("Recording to .*" + Pattern.quote(file)));
        // still being written (.jsonl.partial) or, the game over since, finished under its final name
        try (Stream<Path> written = Files.list(app.recordings)) {
            assertThat(written.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith(file));
        }
    }

    /** The painted snapshot and the REC indicator as they were at one moment on the EDT. */
    private record RecIndicator(UiSnapshot shown, String text, String toolTip) {
        RecIndicator(UiSnapshot shown, JLabel indicator) {
            this(shown, indicator.getText(), indicator.getToolTipText());
        }
    }

    @Test
    void aFinishedRecordingReplaysInTheWindowAndClosingGoesBackToTheLiveGame() {
        app.clickMenu("Recording", "Auto-record games");
        String file = app.awaitShown("a recording started", GAMES, s -> s.recording().active())
                .recording().fileName();
        Path recorded = app.recordings.resolve(file);
        await().atMost(GAMES).until(() -> Files.exists(recorded));

        GuiActionRunner.execute(() -> app.commands.openRecording(recorded));
        UiSnapshot opened = app.awaitShown("the replay open, paused", SHORT, s -> s.recording().replay().open());
        assertThat(opened.recording().replay().length()).isPositive();
        assertThat(opened.permissions().buy().reason()).startsWith("Replaying");
        app.frame.button("replayPlayButton").click();
        UiSnapshot played = app.awaitShown("the replay moving", SHORT, s -> s.recording().replay().position() > 0
                && !s.game().prices().isEmpty());
        assertThat(file).contains(played.game().gameId());

        app.frame.button("replayCloseButton").click();
        app.awaitShown("the live game again", SHORT, s -> !s.recording().replay().open());
    }

    @Test
    void injectedDriftThenASellTurnsTheDriftIndicatorRedNamingCash() {
        app.clickMenu("Simulator", "Inject drift");
        UiSnapshot drifted = null;
        for (int game = 0; game < 8 && drifted == null; game++) {
            UiSnapshot held = buyInAnActiveGame();
            if (held == null) {
                continue;
            }
            String gameId = held.game().gameId();
            if (!clickIfEnabled("sell100Button")) {
                continue;
            }
            UiSnapshot after = app.awaitShown("the sell verified, or the game over", SHORT,
                    s -> s.drift().state() == DriftState.DRIFT || !gameId.equals(s.game().gameId())
                            || s.game().phase() != GamePhase.ACTIVE);
            drifted = after.drift().state() == DriftState.DRIFT ? after : null;
        }
        assertThat(drifted).as("a sell with the injected fee drifts").isNotNull();
        assertThat(drifted.drift().fields()).extracting(UiSnapshot.FieldDrift::field).contains("cash");

        app.awaitOnEdt("the indicator shows the drift", SHORT, () -> driftButton().getText().contains("DRIFT"));
        assertThat(GuiActionRunner.execute(() -> driftButton().getBackground())).isEqualTo(DRIFT_RED);
        app.frame.button("driftIndicator").requireToolTip(Pattern.compile("(?s).*cash: local .*"));
        app.frame.label("cashDiff").requireText(Pattern.compile("[+\u2212-][0-9.]*[1-9][0-9]*"));   // MoneyFormat signs with U+2212
    }

    @Test
    void aBuyShowsThePositionInTheLocalAndTheServerColumn() {
        PositionColumns columns = null;
        for (int game = 0; game < 8 && columns == null; game++) {
            UiSnapshot held = buyInAnActiveGame();
            if (held == null) {
                continue;
            }
            // read with the snapshot they show: a rug right after the buy empties both columns again
            String gameId = held.game().gameId();
            PositionColumns read = app.awaitOnEdt("both columns show the position, or the game over", SHORT,
                    () -> new PositionColumns(app.window.lastShown(), label("positionLocal").getText(),
                            label("positionServer").getText()),
                    r -> r.agreeOnAPosition() || !gameId.equals(r.shown().game().gameId())
                            || r.shown().game().phase() != GamePhase.ACTIVE);
            columns = read.agreeOnAPosition() ? read : null;
        }
        assertThat(columns).as("a buy shown in both columns").isNotNull();
        assertThat(serverQty(columns.shown())).isPositive();
        assertThat(columns.server()).isEqualTo(MoneyFormat.quantity(serverQty(columns.shown())));
    }

    /** The painted snapshot and the position labels as they were at one moment on the EDT. */
    private record PositionColumns(UiSnapshot shown, String local, String server) {
        boolean agreeOnAPosition() {
            return local.equals(server) && !local.equals(MoneyFormat.quantity(BigDecimal.ZERO))
                    && !local.equals(MoneyFormat.quantity(null));
        }
    }

    @Test
    void inCooldownTheTradeButtonsAreDisabledAndSayWhy() {
        // One EDT read of the snapshot and the buttons: two reads may straddle the step into the presale.
        TradeButtons cooldown = app.awaitOnEdt("a cooldown shown with disabled buttons", GAMES, () -> new TradeButtons(
                app.window.lastShown().game().phase(), button("buyButton").isEnabled(),
                button("sell25Button").isEnabled(), button("sidebetButton").isEnabled(),
                button("buyButton").getToolTipText()),
                read -> read.phase() == GamePhase.COOLDOWN && !read.buy());
        assertThat(List.of(cooldown.buy(), cooldown.sell25(), cooldown.sidebet())).containsOnly(false);
        assertThat(cooldown.buyToolTip()).containsIgnoringCase("presale of the next game");
    }

    /** The painted phase and the trade buttons as they were at one moment on the EDT. */
    private record TradeButtons(GamePhase phase, boolean buy, boolean sell25, boolean sidebet, String buyToolTip) { }

    /** Buys 0.01 SOL as soon as an active game allows it; the snapshot showing it on the server, or null on a rug. */
    private UiSnapshot buyInAnActiveGame() {
        UiSnapshot active = app.awaitShown("an active game that allows buying", GAMES,
                s -> s.game().phase() == GamePhase.ACTIVE && s.game().tick() < 150 && s.permissions().buy().enabled());
        String gameId = active.game().gameId();
        if (!clickIfEnabled("buyButton")) {
            return null;
        }
        UiSnapshot after = app.awaitShown("the buy on the server side, or the game over", SHORT,
                s -> serverQty(s).signum() > 0 || !gameId.equals(s.game().gameId())
                        || s.game().phase() != GamePhase.ACTIVE);
        return serverQty(after).signum() > 0 && after.game().phase() == GamePhase.ACTIVE ? after : null;
    }

    /** Clicks the named button unless the game moved on and disabled it first. */
    private boolean clickIfEnabled(String name) {
        try {
            app.frame.button(name).click();
            return true;
        } catch (IllegalStateException disabledMeanwhile) {
            return false;
        }
    }

    private static BigDecimal serverQty(UiSnapshot snapshot) {
        BigDecimal qty = snapshot.account().line(AccountField.POSITION_QTY).server();
        return qty == null ? BigDecimal.ZERO : qty;
    }

    private JButton driftButton() {
        return button("driftIndicator");
    }

    private JButton button(String name) {
        return app.frame.robot().finder().findByName(app.window.frame(), name, JButton.class, false);
    }

    private JLabel label(String name) {
        return app.frame.robot().finder().findByName(app.window.frame(), name, JLabel.class, false);
    }
}
