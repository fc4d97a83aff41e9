package io.rugdesk.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorder's settings and their one store: {@code settings.properties} of the config directory
 * ({@link RecordingSettings}, ADR 0008). A change is saved there at once, unless the
 * session runs with an override (no {@code configDir}). Thread: the domain thread (the recorder's handlers).
 */
final class AutoRecordSetting {

    private static final Logger LOG = LoggerFactory.getLogger(AutoRecordSetting.class);

    private final Path configDir;
    private RecordingSettings settings;

    /** @param configDir where a change is saved; null: this session's override, not saved */
    AutoRecordSetting(RecordingSettings settings, Path configDir) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.configDir = configDir;
    }

    boolean on() {
        return settings.autoRecord();
    }

    Path folder() {
        return settings.folder();
    }

    void set(boolean enabled) {
        settings = settings.withAutoRecord(enabled);
        if (configDir == null) {
            return;
        }
        try {
            RecordingSettings.saveAutoRecord(configDir, enabled);
        } catch (IOException e) {
            LOG.warn("cannot save auto-record setting in {}: {}", configDir, e.toString());
        }
    }
}
