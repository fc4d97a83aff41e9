package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The console log as configured in code, and the log file beside it. */
class LogFilesTest {

    @TempDir
    Path temp;

    @AfterEach
    void stopFileLog() {
        LogFiles.stop();
    }

    @Test
    void theConsoleLogsInfoToStderrWithJettyAndSocketIoAtWarn() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                console -> assertThat(console.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.socket").getLevel()).isEqualTo(Level.WARN);
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
