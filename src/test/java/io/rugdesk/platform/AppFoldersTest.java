package io.rugdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folders of each platform, written out by hand from the conventions they follow. */
class AppFoldersTest {

    private static final Path LINUX_HOME = Path.of("/home/ann");

    @Test
    void linuxWithoutXdgVariablesUsesTheXdgDefaults() {
        AppFolders folders = AppFolders.of("Linux", Map.of(), LINUX_HOME);

        assertThat(folders.config()).isEqualTo(Path.of("/home/ann/.config/rugdesk"));
        assertThat(folders.recordings()).isEqualTo(Path.of("/home/ann/.local/share/rugdesk/recordings"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/ann/.local/state/rugdesk/logs"));
    }

    @Test
    void linuxFollowsTheXdgVariables() {
        AppFolders folders = AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data",
                "XDG_STATE_HOME", "/state"), LINUX_HOME);

        assertThat(folders).isEqualTo(new AppFolders(Path.of("/cfg/rugdesk"), Path.of("/data/rugdesk/recordings"),
                Path.of("/state/rugdesk/logs")));
    }

    @Test
    void emptyOrRelativeXdgVariablesAreIgnoredAsTheSpecificationSays() {
        AppFolders folders = AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "", "XDG_DATA_HOME", "relative/data",
                "XDG_STATE_HOME", "  "), LINUX_HOME);

        assertThat(folders).isEqualTo(AppFolders.of("Linux", Map.of(), LINUX_HOME));
    }

    @Test
    void otherUnixesAreTreatedLikeLinux() {
        assertThat(AppFolders.of("FreeBSD", Map.of(), LINUX_HOME)).isEqualTo(AppFolders.of("Linux", Map.of(),
                LINUX_HOME));
    }

    @Test
    void windowsKeepsSettingsInAppDataAndRecordingsAndLogsInLocalAppData() {
        String roaming = "C:\\Users\\ann\\AppData\\Roaming";
        String local = "C:\\Users\\ann\\AppData\\Local";
        AppFolders folders = AppFolders.of("Windows 11", Map.of("APPDATA", roaming, "LOCALAPPDATA", local),
                Path.of("C:\\Users\\ann"));

        assertThat(folders.config()).isEqualTo(Path.of(roaming, "Rugdesk"));
        assertThat(folders.recordings()).isEqualTo(Path.of(local, "Rugdesk", "recordings"));
        assertThat(folders.logs()).isEqualTo(Path.of(local, "Rugdesk", "logs"));
    }

    @Test
    void windowsWithoutTheVariablesFallsBackToTheProfileFolders() {
        Path home = Path.of("home-of-ann");
        AppFolders folders = AppFolders.of("Windows 10", Map.of(), home);

        assertThat(folders.config()).isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Rugdesk"));
        assertThat(folders.logs()).isEqualTo(home.resolve("AppData").resolve("Local").resolve("Rugdesk")
                .resolve("logs"));
    }

    @Test
    void macOsUsesApplicationSupportAndLibraryLogs() {
        AppFolders folders = AppFolders.of("Mac OS X", Map.of("XDG_CONFIG_HOME", "/ignored"), Path.of("/Users/ann"));

        assertThat(folders.config()).isEqualTo(Path.of("/Users/ann/Library/Application Support/Rugdesk"));
        assertThat(folders.recordings())
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Rugdesk/recordings"));
        assertThat(folders.logs()).isEqualTo(Path.of("/Users/ann/Library/Logs/Rugdesk"));
    }

    @Test
    void anExistingRecordingFolderOfEarlierVersionsStaysTheDefault() {
        AppFolders fresh = AppFolders.of("Linux", Map.of(), LINUX_HOME);
        Path legacy = Path.of("/home/ann/rugdesk/recordings");

        assertThat(fresh.keepingLegacyRecordings(LINUX_HOME, legacy::equals).recordings()).isEqualTo(legacy);
        assertThat(fresh.keepingLegacyRecordings(LINUX_HOME, path -> false)).isEqualTo(fresh);
    }
}
