package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.ui.UiSnapshot.Recording;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/** Help → About names the version and the folders the app chose; the window carries the app's icon. */
class AboutDialogTest {

    private static final AboutFacts FACTS = new AboutFacts("9.8.7", "/home/ann/.config/rugdesk",
            "/home/ann/.local/share/rugdesk/recordings", "/home/ann/.local/state/rugdesk/logs");

    @Test
    void aboutShowsTheVersionAndTheFoldersWithTheRecordingFolderInUse() throws Exception {
        WindowHarness ui = WindowHarness.open(TestSnapshots.active(),
                Preferences.userRoot().node("io/rugdesk/ui-test/" + UUID.randomUUID()), FACTS);
        try {
            ui.publish(TestSnapshots.withRecording(TestSnapshots.active(),
                    new Recording(false, null, false, "/media/games")));

            ui.clickMenu("Help", "About");
            JOptionPaneFixture about = ui.frame.optionPane();
            assertThat(ui.frame.robot().finder().findAll(about.target(), c -> c instanceof JLabel label
                    && label.getText() != null && label.getText().contains("Rugdesk</b> 9.8.7"))).hasSize(1);
            about.textBox("aboutSettingsFolder").requireText("/home/ann/.config/rugdesk").requireNotEditable();
            about.textBox("aboutRecordingsFolder").requireText("/media/games");
            about.textBox("aboutLogsFolder").requireText("/home/ann/.local/state/rugdesk/logs");
            ui.pressOk(about);
        } finally {
            ui.close();
            ui.forget();
        }
    }

    @Test
    void theWindowCarriesTheIconAtTheSizesDesktopsAskFor() throws Exception {
        WindowHarness ui = WindowHarness.open(TestSnapshots.active());
        try {
            List<Image> icons = GuiActionRunner.execute(() -> ui.window.frame().getIconImages());
            assertThat(icons).extracting(image -> image.getWidth(null)).contains(16, 32, 48, 256);
            BufferedImage big = (BufferedImage) icons.get(icons.size() - 1);
            assertThat(big.getRGB(0, 0) >>> 24).as("transparent corner").isZero();
            assertThat(big.getRGB(128, 128) >>> 24).as("opaque tile").isEqualTo(0xff);
        } finally {
            ui.close();
            ui.forget();
        }
    }
}
