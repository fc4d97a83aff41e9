package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The log file beside the console. */
class LogFilesTest {

    @TempDir
    Path temp;

    @AfterEach
    void stopFileLog() {
        LogFiles.stop();
    }

    @Test
    void logLinesGoToTheFileInTheLogsFolderWhichIsCreated() throws Exception {
        Path logs = temp.resolve("state/rugdesk/logs");

        assertThat(LogFiles.writeTo(logs)).isTrue();
        LoggerFactory.getLogger(LogFilesTest.class).info("a line for the file {}", 42);

        assertThat(Files.readString(logs.resolve(LogFiles.FILE_NAME))).contains("INFO", "a line for the file 42");
    }

    @Test
    void aFolderThatCannotBeMadeMeansNoFileAndNoFailure() throws Exception {
        Path blocked = temp.resolve("a-file");
        Files.writeString(blocked, "in the way");

        assertThat(LogFiles.writeTo(blocked.resolve("logs"))).isFalse();
    }
}
