package org.gongkai.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code bin/gongkai <command> …}. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Nationwide statistics from government information disclosure annual reports.",
        subcommands = {ParseCommand.class, ParseBenchmarkCommand.class, GenerateCommand.class, IngestCommand.class,
                IngestBenchmarkCommand.class, ValidateCommand.class, ValidateBenchmarkCommand.class, RunBenchmarkCommand.class, RulesCommand.class,
                DuplicatesBenchmarkCommand.class, SqlCommand.class, EvaluateRulesCommand.class, AggregateCommand.class,
                ExportCommand.class, DictionaryCommand.class, ReportCommand.class, RunCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Gongkai implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit status (for tests and for {@link #main}). */
    public static int execute(String... args) {
        return new CommandLine(new Gongkai())
                .setExecutionExceptionHandler(Gongkai::usageError)
                .execute(args);
    }

    /** A bad setting or argument is the user's to fix: one clear line and status 2, not a stack trace. */
    private static int usageError(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IllegalArgumentException) {
            command.getErr().println("gongkai " + command.getCommandName() + ": " + e.getMessage());
            return 2;
        }
        throw e;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
