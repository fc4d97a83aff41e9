package io.rugdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Backtest… in the running app opens the Backtest window with the app's recording folder as its source. */
class BacktestMenuTest {

    @Test
    void theFileMenuOpensTheBacktestWindowOnTheRecordingFolder(@TempDir Path folder) throws Exception {
        try (AppHarness app = AppHarness.open(folder)) {
            app.awaitShown("a recording folder shown", java.time.Duration.ofSeconds(60),
                    s -> s.recording() != null && s.recording().folder() != null);
            app.clickMenu("File", "Backtest…");
            FrameFixture backtest = WindowFinder.findFrame("backtestWindow").using(app.frame.robot());
            try {
                backtest.radioButton("backtestSourceFolder").requireSelected();
                assertThat(backtest.textBox("backtestFolder").text())
                        .isEqualTo(GuiActionRunner.execute(() -> app.window.lastShown().recording().folder()));
            } finally {
                backtest.cleanUp();
            }
        }
    }
}
