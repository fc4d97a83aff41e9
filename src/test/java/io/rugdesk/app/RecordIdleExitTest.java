package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.recording.RecordingReader;
import io.rugdesk.sim.SimConfig;
import io.rugdesk.sim.SimServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code record --idle-exit} against the embedded simulator over a real socket: the idle time counts from the last
 * frame, so a server that comes up after the idle limit is still recorded; with no server at all,
 * {@code --first-frame-wait} gives up with exit 1 and says so.
 */
class RecordIdleExitTest {

    @TempDir
    Path dir;
    private final ExecutorService command = Executors.newSingleThreadExecutor();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        command.shutdownNow();
    }

    @Test
    void aServerThatStartsAfterTheIdleLimitIsStillRecorded() throws Exception {
        int port = freePort();
        Path out = dir.resolve("out");
        Future<Integer> exit = record("--server", "http://127.0.0.1:" + port, "--out", out.toString(),
                "--idle-exit", "2", "--max-games", "1");
        TimeUnit.SECONDS.sleep(5);   // more than --idle-exit with no server listening
        assertThat(exit).as("still waiting for the first frame").isNotDone();
        try (SimServer late = new SimServer(SimConfig.defaults().withPort(port).withSpeed(20)).start()) {
            assertThat(late.url()).endsWith(":" + port);
            assertThat(exit.get(3, TimeUnit.MINUTES)).as(err.toString()).isZero();
        }
        List<Path> files = files(out);
        assertThat(files).hasSize(1);
        RecordingReader.Recording recording = new RecordingReader().read(files.get(0));
        assertThat(recording.valid()).as("%s", recording.problems()).isTrue();
        assertThat(recording.ticks()).isNotEmpty();
    }

    @Test
    void withNoServerTheFirstFrameWaitGivesUpWithExitOneAndSaysSo() throws Exception {
        int port = freePort();
        Path out = dir.resolve("out");
        Future<Integer> exit = record("--server", "http://127.0.0.1:" + port, "--out", out.toString(),
                "--idle-exit", "1", "--first-frame-wait", "3");
        assertThat(exit.get(2, TimeUnit.MINUTES)).isEqualTo(1);
        assertThat(err.toString()).contains("record: no frame from ").contains(" in 3 s (--first-frame-wait):"
                + " nothing recorded");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void theFirstFrameWaitDefaultsToTheLongerOfAMinuteAndTheIdleLimit() {
        assertThat(IdleWait.defaultFirstFrameSeconds(0)).isZero();
        assertThat(IdleWait.defaultFirstFrameSeconds(3)).isEqualTo(60.0);
        assertThat(IdleWait.defaultFirstFrameSeconds(90)).isEqualTo(90.0);
    }

    private Future<Integer> record(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(new StringWriter(), true));
        line.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "record";
        System.arraycopy(args, 0, all, 1, args.length);
        return command.submit(() -> line.execute(all));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<Path> files(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(out)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
