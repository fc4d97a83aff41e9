package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The gui command's promises that hold without opening a window. */
class GuiCommandTest {

    @Test
    void withoutADisplayItSaysSoAndExitsWithCode3() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "gui"))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits promptly").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(GuiCommand.NO_DISPLAY);
        assertThat(output).contains("no display").contains("xvfb-run");
    }

    @Test
    void helpListsTheGuiCommandAndItsOptionsButNotTheScriptedOnes() {
        CommandLine line = Main.commandLine();
        assertThat(line.getSubcommands()).containsKey("gui");
        String usage = line.getSubcommands().get("gui").getUsageMessage();
        assertThat(usage).contains("--server", "--token-file", "--speed").doesNotContain("--scripted-buy", "--demo-buy",
                "--screenshot");
    }
}
