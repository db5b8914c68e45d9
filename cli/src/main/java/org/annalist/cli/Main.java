package org.annalist.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code annalist} command. Exit codes: 0 done (some inputs may have been skipped
 * with a message), 1 nothing could be done, 2 bad usage.
 */
@Command(name = "annalist",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns narrative history into a sourced chronicle.",
        subcommands = {
                DemoCommand.class,
                ExtractCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                IngestCommand.class,
                LoadCommand.class,
                TimelineCommand.class,
                WhoCommand.class,
                SearchCommand.class,
                NetworkCommand.class,
                ClaimsCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** {@return the configured command line}, shared by {@link #main} and tests */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            boolean trace = parsed.originalArgs().contains("--stacktrace");
            if (trace) {
                e.printStackTrace(err);
            } else {
                err.println("annalist: " + oneLine(e));
            }
            err.flush();
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        return cl;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"annalist " + (v == null ? "dev" : v)};
        }
    }
}
