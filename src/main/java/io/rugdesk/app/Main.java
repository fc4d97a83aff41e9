package io.rugdesk.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar rugdesk.jar [command]}. Thread: main thread only; commands start their own. */
@Command(name = "rugdesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Desktop trading client for the rugs.fun crash game.",
        subcommands = {CommandLine.HelpCommand.class, InspectCommand.class, FairnessCommand.class,
                ServeCommand.class, RecordCommand.class, ReplayCommand.class, GuiCommand.class, BacktestCommand.class,
                BotCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line (tests call it without exiting the JVM). An option given twice takes the last
     * value, so scripts can put their defaults first and let the caller's options override them.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setOverwrittenOptionsAllowed(true);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"rugdesk " + (v == null ? "dev" : v)};
        }
    }
}
