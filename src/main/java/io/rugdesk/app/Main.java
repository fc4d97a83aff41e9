package io.rugdesk.app;

import io.rugdesk.platform.AppFolders;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * Entry point: {@code java -jar rugdesk.jar [command]}. Without a command it opens the window, as {@code gui}
 * does, so a double-click on the jar (which passes no arguments) starts the app; {@code --help} lists the
 * commands. Thread: main thread only; commands start their own.
 */
@Command(name = "rugdesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Desktop trading client for the rugs.fun crash game.",
                "Without a command it opens the window (the same as 'gui')."},
        subcommands = {CommandLine.HelpCommand.class, InspectCommand.class, FairnessCommand.class,
                ServeCommand.class, RecordCommand.class, ReplayCommand.class, GuiCommand.class, BacktestCommand.class,
                BotCommand.class})
public final class Main implements Callable<Integer> {

    /** The commands that run until stopped: they also log to a file in the platform's logs folder. */
    private static final Set<String> LOGGED_TO_FILE = Set.of("gui", "record", "serve");

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        CommandLine line = commandLine();
        line.setExecutionStrategy(parsed -> {
            if (runsUntilStopped(parsed)) {
                LogFiles.writeTo(AppFolders.current().logs());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        System.exit(line.execute(args));
    }

    /**
     * The configured command line (tests call it without exiting the JVM). An option given twice takes the last
     * value, so scripts can put their defaults first and let the caller's options override them.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setOverwrittenOptionsAllowed(true);
    }

    /** No command: the window, exactly as {@code rugdesk gui} with no options. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("gui").execute();
    }

    /** True for {@code gui} (also when no command is given), {@code record} and {@code serve}; never for help. */
    static boolean runsUntilStopped(ParseResult parsed) {
        ParseResult last = parsed;
        while (true) {
            if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
                return false;
            }
            if (!last.hasSubcommand()) {
                break;
            }
            last = last.subcommand();
        }
        return last == parsed || LOGGED_TO_FILE.contains(last.commandSpec().name());
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rugdesk " + version()};
        }
    }

    /** The version in the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
