package io.rugdesk.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Adds a log file beside the console for the commands that run until stopped ({@code gui}, {@code record},
 * {@code serve}): {@code rugdesk.log} in the platform's logs folder, rolled at 5 MB, three old files kept. Done
 * by the entry point, not by {@link LogConfigurator}, so that tests and the one-shot commands never write into
 * the user's folders; the console keeps its level and pattern. Thread: main thread, once, before the command runs.
 */
final class LogFiles {

    static final String FILE_NAME = "rugdesk.log";
    static final String APPENDER_NAME = "FILE";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n";

    private LogFiles() {
    }

    /**
     * Starts writing to {@code folder}/{@value #FILE_NAME} (created if needed). Returns false, saying why on
     * stderr, where the folder cannot be made or Logback is not the logging backend: the app still runs.
     */
    static boolean writeTo(Path folder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER_NAME) != null) {
            return true;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            System.err.println("rugdesk: no log file (cannot create " + folder + ": " + e + ")");
            return false;
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.setFile(folder.resolve(FILE_NAME).toString());
        appender.setEncoder(LogConfigurator.encoder(context, PATTERN));

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("rugdesk.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        if (!appender.isStarted()) {
            System.err.println("rugdesk: no log file (cannot open " + folder.resolve(FILE_NAME) + ")");
            return false;
        }
        root.addAppender(appender);
        return true;
    }

    /** Stops and removes the file appender (tests). */
    static void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            var appender = root.getAppender(APPENDER_NAME);
            if (appender != null) {
                root.detachAppender(appender);
                appender.stop();
            }
        }
    }
}
