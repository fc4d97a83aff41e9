package io.rugdesk.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code rugdesk} commands in-process, as {@code Main} does, keeping what they print. Thread: the test's. */
final class Cli {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    int run(List<String> args) {
        return run(args.toArray(new String[0]));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
