package io.rugdesk.ui;

import static io.rugdesk.ui.WindowHarness.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.Account;
import io.rugdesk.ui.UiSnapshot.AccountValues;
import io.rugdesk.ui.UiSnapshot.Game;
import io.rugdesk.ui.UiSnapshot.GamePhase;
import io.rugdesk.ui.UiSnapshot.Permission;
import io.rugdesk.ui.UiSnapshot.Permissions;
import io.rugdesk.ui.UiSnapshot.Player;
import io.rugdesk.ui.UiSnapshot.Recording;
import java.awt.Color;
import java.awt.event.KeyEvent;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a user sees and touches, on a real window under Xvfb, found by component name. */
class MainWindowTest {

    private WindowHarness ui;

    @BeforeEach
    void open() {
        ui = WindowHarness.open(TestSnapshots.active());
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
            ui.forget();
            assertThat(ui.commands.offEdt).as("UiCommands called off the EDT").isEmpty();
        }
    }

    @Test
    void tickingAutoRecordAsksTheDomainAndTheRecIndicatorShowsTheFile() {
        ui.frame.label("recIndicator").requireText("not recording");

        ui.clickMenu("Recording", "Auto-record games");

        assertThat(ui.commands.calls).containsExactly("setAutoRecord true");
        ui.publish(TestSnapshots.withRecording(TestSnapshots.active(),
                new Recording(true, "20261125-test0001.jsonl.partial", true, "/tmp/recordings")));
        ui.frame.label("recIndicator").requireVisible().requireText(Pattern.compile(".*REC.*20261125-test0001"
                + "\\.jsonl\\.partial.*"));
        assertThat(GuiActionRunner.execute(() -> ui.frame.menuItem("autoRecordMenuItem").target().isSelected()))
                .isTrue();
        ui.frame.menuItem("stopRecordingMenuItem").requireEnabled();
    }

    @Test
    void driftTurnsTheIndicatorRedNamingTheFieldAndOffersAdopt() {
        JButtonFixture indicator = ui.frame.button("driftIndicator");
        indicator.requireText(Pattern.compile(".*in sync.*"));
        assertThat(ui.visible("adoptServerStateButton")).isFalse();

        ui.clickMenu("Simulator", "Inject drift");
        assertThat(ui.commands.calls).containsExactly("injectDrift");
        ui.publish(TestSnapshots.withDrift(TestSnapshots.active(), TestSnapshots.positionDrift("1.5", "1.6")));

        indicator.requireText(Pattern.compile(".*DRIFT ×1.*"));
        assertThat(GuiActionRunner.execute(() -> indicator.target().getBackground())).isEqualTo(Palette.RED);
        indicator.requireToolTip(Pattern.compile("(?s).*positionQty: local 1\\.500, server 1\\.600.*"));
        ui.frame.button("adoptServerStateButton").requireVisible().click();
        assertThat(ui.commands.calls).containsExactly("injectDrift", "adoptServerState");

        indicator.click();
        ui.frame.dialog("driftHistoryDialog").requireVisible();
        ui.frame.dialog("driftHistoryDialog").table("driftHistoryTable").requireRowCount(1)
                .requireCellValue(org.assertj.swing.data.TableCell.row(0).column(2),
                        "positionQty local 1.500 server 1.600 (+0.1)");
    }

    @Test
    void buyingTheTypedAmountAndTheNewPositionShowsInBothColumns() {
        JTextComponentFixture amount = ui.frame.textBox("amountField");
        ui.type(amount, "0.05");
        ui.frame.button("buyButton").requireEnabled().click();
        assertThat(ui.commands.calls).containsExactly("buy 0.05");

        AccountValues after = new AccountValues(new BigDecimal("9.95"), new BigDecimal("0.038461538"),
                new BigDecimal("1.3"), BigDecimal.ZERO, new BigDecimal("0.05"));
        ui.publish(TestSnapshots.withAccount(TestSnapshots.active(), Account.of(after, after)));

        ui.frame.label("positionLocal").requireText("0.038461538");
        ui.frame.label("positionServer").requireText("0.038461538");
        ui.frame.label("positionDiff").requireText("0");
        ui.frame.label("cashLocal").requireText("9.950");
    }

    @Test
    void inCooldownTheButtonsAreDisabledAndSayWhy() {
        String reason = "No buys during COOLDOWN (next game in 8.2 s)";
        Game cooldown = new Game("20261125-test0002", GamePhase.COOLDOWN, 0, BigDecimal.ONE, 8200, 40,
                java.util.List.of(), java.util.List.of(), null, null);
        ui.publish(TestSnapshots.withGameAndPermissions(TestSnapshots.active(), cooldown, new Permissions(
                Permission.denied(reason), Permission.denied("Sells only while the game is ACTIVE"),
                Permission.denied("Sidebets only while the game is ACTIVE"))));

        ui.frame.button("buyButton").requireDisabled().requireToolTip(reason);
        for (int percent : TradingPanel.SELL_PERCENTS) {
            ui.frame.button("sell" + percent + "Button").requireDisabled()
                    .requireToolTip("Sells only while the game is ACTIVE");
        }
        ui.frame.button("sidebetButton").requireDisabled().requireToolTip("Sidebets only while the game is ACTIVE");
        ui.frame.label("phaseLabel").requireText("COOLDOWN 8.2 s");

        ui.frame.button("buyButton").click();
        assertThat(ui.commands.calls).as("a disabled button does nothing").isEmpty();
    }

    @Test
    void anInvalidAmountDisablesBuyWithTheReasonAndARedOutline() {
        JTextComponentFixture amount = ui.frame.textBox("amountField");
        ui.type(amount, "0.0001");
        ui.frame.button("buyButton").requireDisabled().requireToolTip(Pattern.compile(".*At least 0\\.001 SOL.*"));
        ui.frame.button("sidebetButton").requireDisabled();
        assertThat(GuiActionRunner.execute(() -> amount.target().getClientProperty("JComponent.outline")))
                .isEqualTo("error");
        amount.requireToolTip("At least 0.001 SOL");

        ui.type(amount, "0.1234567891");
        ui.frame.button("buyButton").requireDisabled().requireToolTip(Pattern.compile(".*At most 9 decimals.*"));
        ui.type(amount, "1e3");
        ui.frame.button("buyButton").requireDisabled();

        ui.type(amount, "0.25");
        ui.frame.button("buyButton").requireEnabled();
        assertThat(GuiActionRunner.execute(() -> amount.target().getClientProperty("JComponent.outline"))).isNull();
        ui.frame.button("sell100Button").requireEnabled();
    }

    @Test
    void quickButtonsAndShortcutsActOnTheAmount() {
        JTextComponentFixture amount = ui.frame.textBox("amountField");
        ui.type(amount, "0.05");
        ui.frame.button("plus001Button").click();
        amount.requireText("0.06");
        ui.frame.button("doubleButton").click();
        amount.requireText("0.12");
        ui.frame.button("halfButton").click();
        amount.requireText("0.06");
        ui.frame.button("maxButton").click();
        amount.requireText("10");
        ui.frame.button("clearButton").click();
        amount.requireText("");
        ui.frame.button("buyButton").requireDisabled();

        amount.enterText("0.02");
        WindowHarness.awaitText(amount, "0.02");
        ui.pressWithControl(KeyEvent.VK_B);
        ui.pressWithControl(KeyEvent.VK_2);
        eventually(() -> assertThat(ui.commands.calls).containsExactly("buy 0.02", "sell 25"));
    }

    @Test
    void playerLabelSaysNotLoggedInOrNameAndId() {
        ui.frame.label("playerLabel").requireText(Pattern.compile("alice.*did:privy:alice"));
        ui.publish(TestSnapshots.withPlayer(TestSnapshots.active(), Player.notLoggedIn()));
        ui.frame.label("playerLabel").requireText("not logged in");
    }

    @Test
    void statusBarShowsTheGameAndConnectionHealth() {
        ui.frame.label("tickLabel").requireText("tick 30");
        ui.frame.label("gameIdLabel").requireText("20261125-test0001");
        ui.frame.label("playersLabel").requireText("42 players");
        ui.frame.label("healthLabel").requireText("live · embedded simulator");
        ui.frame.label("eventsPerSecondLabel").requireText("12.5 ev/s");
        assertThat(GuiActionRunner.execute(() -> ((DotIcon) ui.frame.label("healthLabel").target().getIcon())
                .colour())).isEqualTo(Palette.GREEN);

        ui.publish(TestSnapshots.withConnection(TestSnapshots.active(), new UiSnapshot.Connection(
                UiSnapshot.Health.STALE, "no tick for 3 s", "rugs.fun", false, 0)));
        ui.frame.label("healthLabel").requireText("no tick for 3 s · rugs.fun");
        Color dot = GuiActionRunner.execute(() -> ((DotIcon) ui.frame.label("healthLabel").target().getIcon())
                .colour());
        assertThat(dot).isEqualTo(Palette.RED);
        assertThat(ui.visible("simulatorMenu")).as("Simulator menu hidden when not embedded").isFalse();
    }
}
