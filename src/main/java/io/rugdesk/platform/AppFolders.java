package io.rugdesk.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Where Rugdesk keeps its settings, recordings and logs: the platform's usual places, decided in one place.
 * <ul>
 *   <li>Linux and other Unix (XDG Base Directory): {@code $XDG_CONFIG_HOME/rugdesk},
 *       {@code $XDG_DATA_HOME/rugdesk/recordings}, {@code $XDG_STATE_HOME/rugdesk/logs}; an unset, empty or
 *       relative variable means its default ({@code ~/.config}, {@code ~/.local/share}, {@code ~/.local/state}),
 *       as the specification says.</li>
 *   <li>Windows: settings in {@code %APPDATA%\Rugdesk} (roaming), recordings and logs in
 *       {@code %LOCALAPPDATA%\Rugdesk} (large and machine-bound, so they do not roam).</li>
 *   <li>macOS: {@code ~/Library/Application Support/Rugdesk} (settings, recordings) and
 *       {@code ~/Library/Logs/Rugdesk}.</li>
 * </ul>
 * {@link #of} is a pure function of the OS name, the environment and the home folder, so every platform is
 * tested on any machine. Nothing here creates a folder. Thread: immutable value.
 *
 * @param config     settings ({@code settings.properties})
 * @param recordings the default recording folder (the settings may name another)
 * @param logs       the log files of the long-running commands
 */
public record AppFolders(Path config, Path recordings, Path logs) {

    /** The folder name on Linux (lower case, like the command); Windows and macOS show the product name. */
    static final String UNIX_NAME = "rugdesk";
    static final String PRODUCT_NAME = "Rugdesk";

    public AppFolders {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(recordings, "recordings");
        Objects.requireNonNull(logs, "logs");
    }

    /** This machine's folders ({@code os.name}, the environment, {@code user.home}). */
    public static AppFolders current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")))
                .keepingLegacyRecordings(Path.of(System.getProperty("user.home")), Files::isDirectory);
    }

    /** The folders for an OS called {@code osName} (as in {@code os.name}), environment {@code env}, home {@code home}. */
    public static AppFolders of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = windowsFolder(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = windowsFolder(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            return new AppFolders(roaming.resolve(PRODUCT_NAME), local.resolve(PRODUCT_NAME).resolve("recordings"),
                    local.resolve(PRODUCT_NAME).resolve("logs"));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(PRODUCT_NAME);
            return new AppFolders(support, support.resolve("recordings"),
                    home.resolve("Library").resolve("Logs").resolve(PRODUCT_NAME));
        }
        Path config = xdg(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path data = xdg(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
        Path state = xdg(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state"));
        return new AppFolders(config.resolve(UNIX_NAME), data.resolve(UNIX_NAME).resolve("recordings"),
                state.resolve(UNIX_NAME).resolve("logs"));
    }

    /**
     * Before these folders, recordings went to {@code ~/rugdesk/recordings} on every platform. Where that folder
     * exists it stays the default, so an update does not hide a user's earlier recordings.
     */
    AppFolders keepingLegacyRecordings(Path home, Predicate<Path> isDirectory) {
        Path legacy = home.resolve(UNIX_NAME).resolve("recordings");
        return isDirectory.test(legacy) ? new AppFolders(config, legacy, logs) : this;
    }

    private static Path xdg(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    private static Path windowsFolder(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
