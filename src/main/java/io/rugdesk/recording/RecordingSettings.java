package io.rugdesk.recording;

import io.rugdesk.platform.AppFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where recordings go and whether auto-record is on; persisted in {@code settings.properties} of a config
 * directory ({@link #defaultConfigDir()} by default) under the keys {@code recording.folder} and
 * {@code recording.autoRecord}. Other keys in that file are kept untouched. Auto-record is off by default. This
 * file is the only store of the auto-record choice (the window keeps none of its own).
 *
 * <p>Thread: immutable value; {@link #load}/{@link #save} do file I/O on the caller's thread.
 */
public record RecordingSettings(Path folder, boolean autoRecord) {

    public static final String FILE_NAME = "settings.properties";
    static final String KEY_FOLDER = "recording.folder";
    static final String KEY_AUTO_RECORD = "recording.autoRecord";

    private static final Logger LOG = LoggerFactory.getLogger(RecordingSettings.class);

    /** The platform's settings folder ({@link AppFolders}; {@code ~/.config/rugdesk} on Linux). */
    public static Path defaultConfigDir() {
        return AppFolders.current().config();
    }

    /** The platform's recording folder ({@link AppFolders}; {@code ~/.local/share/rugdesk/recordings} on Linux). */
    public static Path defaultFolder() {
        return AppFolders.current().recordings();
    }

    /** Same folder, auto-record set to {@code on}. */
    public RecordingSettings withAutoRecord(boolean on) {
        return new RecordingSettings(folder, on);
    }

    /**
     * Reads the settings of {@code configDir}; a missing or unreadable file yields the defaults
     * ({@code defaultFolder}, auto-record off) and a logged warning, never an exception.
     */
    public static RecordingSettings load(Path configDir, Path defaultFolder) {
        Properties properties = readProperties(configDir.resolve(FILE_NAME));
        String folder = properties.getProperty(KEY_FOLDER);
        boolean auto = Boolean.parseBoolean(properties.getProperty(KEY_AUTO_RECORD, "false").trim());
        return new RecordingSettings(folder == null || folder.isBlank() ? defaultFolder : Path.of(folder.trim()),
                auto);
    }

    /**
     * What one session records with: the stored settings of {@code configDir} (defaults when null or missing),
     * with this session's overrides (each null: the stored value). The one place where stored and overridden
     * values meet.
     */
    public static RecordingSettings forSession(Path configDir, Path folderOverride, Boolean autoRecordOverride) {
        RecordingSettings stored = configDir == null ? new RecordingSettings(defaultFolder(), false)
                : load(configDir, defaultFolder());
        return new RecordingSettings(folderOverride != null ? folderOverride : stored.folder(),
                autoRecordOverride != null ? autoRecordOverride : stored.autoRecord());
    }

    /** Writes these settings to {@code configDir} (created if needed) atomically, keeping the file's other keys. */
    public void save(Path configDir) throws IOException {
        update(configDir, KEY_FOLDER, folder.toString(), KEY_AUTO_RECORD, Boolean.toString(autoRecord));
    }

    /** Stores only the auto-record choice, keeping every other key (the folder included). */
    public static void saveAutoRecord(Path configDir, boolean on) throws IOException {
        update(configDir, KEY_AUTO_RECORD, Boolean.toString(on));
    }

    /** Stores only the recording folder, keeping every other key (auto-record included). */
    public static void saveFolder(Path configDir, Path folder) throws IOException {
        update(configDir, KEY_FOLDER, folder.toString());
    }

    private static void update(Path configDir, String... keysAndValues) throws IOException {
        Files.createDirectories(configDir);
        Path file = configDir.resolve(FILE_NAME);
        Properties properties = readProperties(file);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        Path temp = Files.createTempFile(configDir, FILE_NAME, ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            properties.store(out, "Rugdesk settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read settings {} (using defaults): {}", file, e.toString());
            }
        }
        return properties;
    }
}
