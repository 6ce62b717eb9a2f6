package dev.productscope.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless face of the jar: {@code productscope <command> ...}. */
@Command(name = "productscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Models IoT product-systems after NIST CSWP 33. Run without arguments to open the editor.",
        subcommands = {ValidateCommand.class, AnalyzeCommand.class, CheckCommand.class, ChecklistCommand.class,
            ExportCommand.class, ExamplesCommand.class, CommandLine.HelpCommand.class})
public final class ProductScopeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The names of the subcommands, e.g. {@code validate}, so a file argument is not mistaken for one. */
    public static java.util.Set<String> commandNames() {
        return new CommandLine(new ProductScopeCommand()).getSubcommands().keySet();
    }

    /** Runs the command line with the process's own output streams; returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line; exit 0 on success, 1 when a check fails, 2 for usage errors. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine commandLine = new CommandLine(new ProductScopeCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("error: " + exception.getMessage());
            return ExitCodes.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
