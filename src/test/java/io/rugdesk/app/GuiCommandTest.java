package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gui command's promises that hold without opening a window. */
class GuiCommandTest {

    @Test
    void withoutADisplayItSaysSoAndExitsWithCode3(@TempDir Path home) throws IOException, InterruptedException {
        MainTest.Result result = MainTest.runMain(home, List.of("gui"));
        assertThat(result.exit()).as(result.output()).isEqualTo(GuiCommand.NO_DISPLAY);
        assertThat(result.output()).contains("no display").contains("xvfb-run");
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
