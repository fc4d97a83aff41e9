package io.rugdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.rugdesk.app.ClientSession;
import io.rugdesk.app.SessionConfig;
import io.rugdesk.game.GameEnded;
import io.rugdesk.recording.RecordingFinished;
import io.rugdesk.sim.SimConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The auth token never leaves the connection: a session with a distinctive token plays a full game against the
 * simulator with auto-record and one trade, our loggers at TRACE; the token appears in no log line (Logback and
 * java.util.logging, where socket.io-client logs its packets), no recording, no settings file, no event
 * published on the bus (what the UI's event log shows) and not in the session's own descriptions.
 */
class TokenNeverLeaksTest {

    private static final String TOKEN = "tok-SECRET-7f3a9c2e51d84b06-LEAKCHECK";

    @TempDir
    Path dir;

    @Test
    void theTokenAppearsInNoOutputOfASession() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("io.rugdesk");
        Logger socketIo = (Logger) LoggerFactory.getLogger("io.socket");
        Level oursLevel = ours.getLevel();
        Level socketIoLevel = socketIo.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        ours.setLevel(Level.TRACE);   // Jetty at DEBUG would flood the machine; its lines stay at INFO
        socketIo.setLevel(Level.TRACE);
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        java.util.logging.Level julLevel = julRoot.getLevel();
        List<String> julLines = new CopyOnWriteArrayList<>();
        Handler julCapture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                julLines.add(record.getLoggerName() + " " + record.getMessage() + " "
                        + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        julCapture.setLevel(java.util.logging.Level.ALL);
        julRoot.addHandler(julCapture);
        julRoot.setLevel(java.util.logging.Level.ALL);
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> descriptions = new ArrayList<>();
        try {
            SessionConfig config = SessionConfig.embedded(SimConfig.defaults().withSpeed(20).withBots(1))
                    .withToken(TOKEN).withConfigDir(dir.resolve("config"))
                    .withRecordingFolder(dir.resolve("recordings")).withAutoRecord(true);
            descriptions.add(config.toString());
            try (ClientSession session = ClientSession.start(config);
                 SessionTrader trader = new SessionTrader(session)) {
                session.bus().subscribe(Object.class, event -> events.add(event.toString()));
                List<Object> finished = new CopyOnWriteArrayList<>();
                session.bus().subscribe(RecordingFinished.class, finished::add);
                session.bus().subscribe(GameEnded.class, finished::add);
                assertThat(trader.buyAndAwait(30)).as("a trade: %s", trader.lastRefusal()).isTrue();
                assertThat(SimulatorRestarts.waitFor(() -> finished.size() >= 2, 60)).as("a full game recorded")
                        .isTrue();
                descriptions.add(session.serverLabel());
                descriptions.add(session.toString());
            }
        } finally {
            root.detachAppender(logs);
            ours.setLevel(oursLevel);
            socketIo.setLevel(socketIoLevel);
            julRoot.removeHandler(julCapture);
            julRoot.setLevel(julLevel);
        }

        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(TOKEN)
                || (e.getThrowableProxy() != null && e.getThrowableProxy().getMessage() != null
                && e.getThrowableProxy().getMessage().contains(TOKEN)));
        assertThat(julLines).noneMatch(line -> line.contains(TOKEN));
        assertThat(events).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
        assertThat(descriptions).noneMatch(line -> line.contains(TOKEN));
        List<Path> written = filesUnder(dir);
        assertThat(written).anyMatch(f -> f.toString().endsWith(".jsonl"));
        for (Path file : written) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(TOKEN);
        }
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
