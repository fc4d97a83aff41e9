package io.rugdesk.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingSettingsTest {

    @TempDir
    Path configDir;

    private final Path defaultFolder = Path.of("/default/recordings");

    @Test
    void autoRecordIsOffByDefault() {
        RecordingSettings settings = RecordingSettings.load(configDir.resolve("missing"), defaultFolder);
        assertThat(settings.autoRecord()).isFalse();
        assertThat(settings.folder()).isEqualTo(defaultFolder);
    }

    @Test
    void savedSettingsSurviveARestartAndOtherKeysAreKept() throws Exception {
        Files.writeString(configDir.resolve(RecordingSettings.FILE_NAME), "ui.theme=dark\n");
        new RecordingSettings(configDir.resolve("rec"), true).save(configDir);
        RecordingSettings reloaded = RecordingSettings.load(configDir, defaultFolder);
        assertThat(reloaded).isEqualTo(new RecordingSettings(configDir.resolve("rec"), true));
        assertThat(Files.readString(configDir.resolve(RecordingSettings.FILE_NAME))).contains("ui.theme=dark");
        reloaded.withAutoRecord(false).save(configDir);
        assertThat(RecordingSettings.load(configDir, defaultFolder).autoRecord()).isFalse();
    }

    @Test
    void eachKeyIsStoredAloneAndASessionsOverridesWinWithoutBeingStored() throws Exception {
        RecordingSettings.saveFolder(configDir, configDir.resolve("rec"));
        RecordingSettings.saveAutoRecord(configDir, true);
        assertThat(RecordingSettings.load(configDir, defaultFolder))
                .isEqualTo(new RecordingSettings(configDir.resolve("rec"), true));
        RecordingSettings.saveAutoRecord(configDir, false);
        assertThat(RecordingSettings.load(configDir, defaultFolder).folder()).isEqualTo(configDir.resolve("rec"));

        assertThat(RecordingSettings.forSession(configDir, null, null))
                .isEqualTo(new RecordingSettings(configDir.resolve("rec"), false));
        assertThat(RecordingSettings.forSession(configDir, Path.of("/out"), true))
                .isEqualTo(new RecordingSettings(Path.of("/out"), true));
        assertThat(RecordingSettings.load(configDir, defaultFolder))
                .as("overrides are for the session only").isEqualTo(new RecordingSettings(configDir.resolve("rec"),
                        false));
        assertThat(RecordingSettings.forSession(null, null, null).autoRecord()).isFalse();
    }

    @Test
    void aDamagedFileGivesDefaultsNotAnException() throws Exception {
        Files.writeString(configDir.resolve(RecordingSettings.FILE_NAME), "recording.autoRecord=maybe\n\\u12");
        assertThat(RecordingSettings.load(configDir, defaultFolder))
                .isEqualTo(new RecordingSettings(defaultFolder, false));
    }
}
