package dev.productscope.cli;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.Severity;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check FILE [--fail-on LEVEL] [--catalog FILE]...}: the findings, with an exit code for CI pipelines. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the findings of a model and fails when any is at or above the --fail-on level.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above the level", "1:some finding at or above the level",
            "2:the file or a catalog does not load, or a usage error"})
final class CheckCommand implements Callable<Integer> {

    enum Level { error, warning, info }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The model file (.json).")
    Path file;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "error, warning or info (default: ${DEFAULT-VALUE}).")
    Level failOn;

    @Mixin
    CatalogOption catalogs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Applicability applicability = catalogs.applicabilityOf(file, null, spec.commandLine().getErr());
        if (applicability == null) {
            return ExitCodes.USAGE;
        }
        Analysis analysis = applicability.analysis();
        Catalog catalog = applicability.catalog();
        Severity level = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
        List<Finding> findings = analysis.findings();
        long failing = findings.stream().filter(f -> f.severity().atLeast(level)).count();
        for (Finding finding : findings) {
            out.printf("%s: %s %s [%s]: %s%n", file, finding.severity().id(), finding.rule(),
                    String.join(", ", finding.subjects()), finding.message());
        }
        // A CI log should say which catalog versions the run was judged against.
        out.printf("%s: catalogs: %s%n", file, catalog.describe());
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        out.printf("%s: %d findings (%d errors, %d warnings, %d info); %s at --fail-on %s%n", file, findings.size(),
                errors, warnings, findings.size() - errors - warnings, failing == 0 ? "passes" : "FAILS",
                failOn);
        out.flush();
        return failing == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
