package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point: no command opens the window, help and version still answer, which commands log to a file. */
class MainTest {

    @TempDir
    Path home;

    @Test
    void withoutACommandItOpensTheWindowSoWithoutADisplayItSaysSoAndExitsWithCode3() throws Exception {
        Result result = runMain(home, List.of());

        assertThat(result.exit()).as(result.output()).isEqualTo(GuiCommand.NO_DISPLAY);
        assertThat(result.output()).contains("no display", "xvfb-run", "--help");
        assertThat(home.resolve("state/rugdesk/logs").resolve(LogFiles.FILE_NAME))
                .as("the window's command logs to a file in $XDG_STATE_HOME/rugdesk/logs").isRegularFile();
    }

    @Test
    void aOneShotCommandWritesNoLogFile() throws Exception {
        Result result = runMain(home, List.of("--version"));

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(home.resolve("state")).doesNotExist();
    }

    @Test
    void helpStillListsTheCommands() {
        StringWriter out = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("gui", "record", "serve", "inspect", "fairness", "replay",
                "Without a command it opens the window");
    }

    @Test
    void versionPrintsTheVersion() {
        StringWriter out = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("--version");

        assertThat(exit).isZero();
        assertThat(out.toString().trim()).matches("rugdesk (dev|\\d+\\.\\d+\\.\\d+.*)");
    }

    @Test
    void onlyTheCommandsThatRunUntilStoppedLogToAFile() {
        assertThat(logsToFile()).as("no command: the window").isTrue();
        assertThat(logsToFile("gui", "--speed", "2")).isTrue();
        assertThat(logsToFile("record", "--server", "http://127.0.0.1:1", "--out", "recordings")).isTrue();
        assertThat(logsToFile("serve")).isTrue();
        assertThat(logsToFile("inspect", "x.jsonl")).isFalse();
        assertThat(logsToFile("--help")).isFalse();
        assertThat(logsToFile("--version")).isFalse();
        assertThat(logsToFile("gui", "--help")).isFalse();
        assertThat(logsToFile("help", "gui")).isFalse();
    }

    private static boolean logsToFile(String... args) {
        return Main.runsUntilStopped(Main.commandLine().parseArgs(args));
    }

    record Result(int exit, String output) { }

    /** Runs Main in a child JVM whose XDG folders are under {@code home}. */
    static Result runMain(Path home, List<String> args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits promptly").isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }
}
