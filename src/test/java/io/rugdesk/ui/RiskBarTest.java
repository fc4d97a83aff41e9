package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.event.KeyEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The risk row: the emergency stop by click and by Ctrl+Shift+X, the stopped state and re-arm, the limits dialog. */
class RiskBarTest {

    private WindowHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
            ui.forget();
        }
    }

    @Test
    void theEmergencyStopIsAlwaysThereAndWorksByClickAndHotkey() {
        ui = WindowHarness.open(TestSnapshots.active());
        ui.frame.button("emergencyStopButton").requireVisible().requireEnabled().click();
        await().atMost(Duration.ofSeconds(10)).until(() -> ui.commands.calls.contains("emergencyStop"));
        ui.frame.robot().pressKey(KeyEvent.VK_SHIFT);
        try {
            ui.pressWithControl(KeyEvent.VK_X);
        } finally {
            ui.frame.robot().releaseKey(KeyEvent.VK_SHIFT);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> ui.commands.calls.stream()
                .filter("emergencyStop"::equals).count() == 2);
        assertThat(ui.commands.offEdt).isEmpty();
    }

    @Test
    void aReachedLimitIsShownUntilRearmed() {
        ui = WindowHarness.open(TestSnapshots.active());
        assertThat(ui.visible("rearmButton")).isFalse();
        ui.commands.riskStatus = new RiskStatus(true, "Session loss limit 0.2 SOL reached: buys and sidebets stopped"
                + " until re-armed");
        ui.publish(TestSnapshots.withDrift(TestSnapshots.active(), TestSnapshots.positionDrift("1.5", "1.6")));
        ui.frame.label("riskStateLabel").requireText("Session loss limit 0.2 SOL reached: buys and sidebets stopped"
                + " until re-armed");
        ui.frame.button("rearmButton").requireVisible().click();
        await().atMost(Duration.ofSeconds(10)).until(() -> ui.commands.calls.contains("rearmRisk"));
    }

    @Test
    void theRiskLimitsDialogSendsTheTypedLimits() {
        ui = WindowHarness.open(TestSnapshots.active());
        ui.clickMenu("Settings", "Risk limits…");
        var dialog = ui.frame.dialog("riskLimitsDialog");
        ui.type(dialog.textBox("maxSessionLossField"), "0.2");
        ui.type(dialog.textBox("stopAfterLossesField"), "3");
        dialog.checkBox("sellOnStopBox").uncheck();
        dialog.button("riskLimitsOk").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> ui.commands.calls.stream()
                .anyMatch(c -> c.startsWith("riskLimits ")));
        String call = ui.commands.calls.stream().filter(c -> c.startsWith("riskLimits ")).findFirst().orElseThrow();
        assertThat(call).contains("maxSessionLoss=0.2").contains("stopAfterLosses=3")
                .contains("sellOnEmergencyStop=false").contains("maxBuy=null");
    }
}
