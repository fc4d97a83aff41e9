package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A paper bot run with {@code --out} on the embedded simulator records its games without the recorder warning
 * about the bot's and the risk guard's events, which are deliberately not recorded (their effects are: orders,
 * strategy fills).
 */
class BotRecordingWarningsTest {

    @TempDir
    Path dir;

    @Test
    void aPaperBotRunWithOutLogsNoWarningOfTheRecorder() throws Exception {
        Logger recording = (Logger) LoggerFactory.getLogger("io.rugdesk.recording");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        recording.addAppender(logs);
        Path out = dir.resolve("rec");
        Cli cli = new Cli();
        try {
            assertThat(cli.run("bot", "--paper", "--balance", "10", "--config-dir", dir.resolve("cfg").toString(),
                    "--out", out.toString(), "--strategy", "fixed-ticks", "--param", "buyTick=2", "--param",
                    "amount=0.01", "--param", "sellTick=6", "--speed", "20", "--max-games", "2", "--idle-exit", "60"))
                    .as(cli.err()).isZero();
        } finally {
            recording.detachAppender(logs);
        }
        List<String> warnings = logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).isEmpty();
        String recorded;
        try (Stream<Path> files = Files.list(out)) {
            recorded = files.map(file -> {
                try {
                    return Files.readString(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(recorded).as("the bot's fills are recorded").contains("\"type\":\"strategyFill\"");
    }
}
