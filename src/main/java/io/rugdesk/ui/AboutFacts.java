package io.rugdesk.ui;

import java.util.Objects;

/**
 * What Help → About says besides the product: the version and where the app keeps its files, as the app decided
 * them (the window knows no platform rules). Thread: immutable value.
 *
 * @param version          e.g. "0.1.0"
 * @param settingsFolder   the settings folder
 * @param recordingsFolder the default recording folder (the snapshot's folder is shown instead when it has one)
 * @param logsFolder       where the log file is written
 */
public record AboutFacts(String version, String settingsFolder, String recordingsFolder, String logsFolder) {

    public AboutFacts {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(settingsFolder, "settingsFolder");
        Objects.requireNonNull(recordingsFolder, "recordingsFolder");
        Objects.requireNonNull(logsFolder, "logsFolder");
    }

    /** For windows made without the app (tests): the version from the jar, folders not known. */
    public static AboutFacts unknown() {
        String version = AboutFacts.class.getPackage().getImplementationVersion();
        return new AboutFacts(version == null ? "dev" : version, "—", "—", "—");
    }
}
