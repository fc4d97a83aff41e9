package io.rugdesk.app;

import io.rugdesk.recording.RecordingSettings;
import io.rugdesk.sim.SimConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one {@link ClientSession} needs. Build with {@link #defaults(String)} and the {@code with…} copies.
 *
 * @param serverUrl       null: start the embedded simulator in-process and connect to it
 * @param token           may be null (not logged in); the embedded simulator gets its own token when null
 * @param simulator       used only when {@code serverUrl} is null
 * @param configDir       where {@code settings.properties} lives ({@link RecordingSettings})
 * @param recordingFolder null: the folder from the settings
 * @param autoRecord      null: from the settings; true/false overrides them for this session only
 * @param orderTimeout    how long an order waits for its ACK
 * @param insecureTls     accept any TLS certificate (never the default; logged as a warning)
 *
 * <p>Thread: immutable value. {@link #toString()} never shows the token.
 */
public record SessionConfig(String serverUrl, String token, SimConfig simulator, Path configDir,
                            Path recordingFolder, Boolean autoRecord, Duration orderTimeout, boolean insecureTls) {

    public static final Duration DEFAULT_ORDER_TIMEOUT = Duration.ofSeconds(5);

    public SessionConfig {
        simulator = simulator == null ? SimConfig.defaults() : simulator;
        configDir = configDir == null ? RecordingSettings.defaultConfigDir() : configDir;
        orderTimeout = orderTimeout == null ? DEFAULT_ORDER_TIMEOUT : orderTimeout;
        if (orderTimeout.isNegative() || orderTimeout.isZero()) {
            throw new IllegalArgumentException("order timeout must be positive, was " + orderTimeout);
        }
        serverUrl = serverUrl == null || serverUrl.isBlank() ? null : serverUrl.trim();
    }

    /** {@code serverUrl} (null: embedded simulator), no token, default settings folder, 5 s order timeout. */
    public static SessionConfig defaults(String serverUrl) {
        return new SessionConfig(serverUrl, null, SimConfig.defaults(), RecordingSettings.defaultConfigDir(), null,
                null, DEFAULT_ORDER_TIMEOUT, false);
    }

    /** The embedded simulator with {@code simulator}'s settings. */
    public static SessionConfig embedded(SimConfig simulator) {
        return defaults(null).withSimulator(simulator);
    }

    public boolean embedded() {
        return serverUrl == null;
    }

    public SessionConfig withServerUrl(String value) {
        return new SessionConfig(value, token, simulator, configDir, recordingFolder, autoRecord, orderTimeout,
                insecureTls);
    }

    public SessionConfig withToken(String value) {
        return new SessionConfig(serverUrl, value, simulator, configDir, recordingFolder, autoRecord, orderTimeout,
                insecureTls);
    }

    public SessionConfig withSimulator(SimConfig value) {
        return new SessionConfig(serverUrl, token, Objects.requireNonNull(value, "simulator"), configDir,
                recordingFolder, autoRecord, orderTimeout, insecureTls);
    }

    public SessionConfig withConfigDir(Path value) {
        return new SessionConfig(serverUrl, token, simulator, value, recordingFolder, autoRecord, orderTimeout,
                insecureTls);
    }

    public SessionConfig withRecordingFolder(Path value) {
        return new SessionConfig(serverUrl, token, simulator, configDir, value, autoRecord, orderTimeout,
                insecureTls);
    }

    public SessionConfig withAutoRecord(Boolean value) {
        return new SessionConfig(serverUrl, token, simulator, configDir, recordingFolder, value, orderTimeout,
                insecureTls);
    }

    public SessionConfig withOrderTimeout(Duration value) {
        return new SessionConfig(serverUrl, token, simulator, configDir, recordingFolder, autoRecord, value,
                insecureTls);
    }

    public SessionConfig withInsecureTls(boolean value) {
        return new SessionConfig(serverUrl, token, simulator, configDir, recordingFolder, autoRecord, orderTimeout,
                value);
    }

    /** Like the record's own, with the token masked. */
    @Override
    public String toString() {
        return "SessionConfig[serverUrl=" + (serverUrl == null ? "embedded simulator" : serverUrl)
                + ", token=" + (token == null || token.isBlank() ? "none" : "***")
                + ", configDir=" + configDir + ", recordingFolder=" + recordingFolder + ", autoRecord=" + autoRecord
                + ", orderTimeout=" + orderTimeout + ", insecureTls=" + insecureTls + "]";
    }
}
