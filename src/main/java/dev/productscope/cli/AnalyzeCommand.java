package dev.productscope.cli;

import dev.productscope.catalog.Applicability;
import dev.productscope.io.AnalysisJsonWriter;
import dev.productscope.io.AnalysisReportScope;
import dev.productscope.io.AnalysisTextWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze FILE [--format json|text] [--product ID] [--catalog FILE]...}: prints what the model derives. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the analysis of a model: product membership with rule and reason, locality, roles,"
                + " flow routes, findings, and the references, outcomes and notes the catalogs apply. The JSON"
                + " format is a stable contract (see the README).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:analysed", "2:the file or a catalog does not load, or a usage error"})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The model file (.json).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--product", paramLabel = "ID", description = "Only this product, its components, the"
            + " equipment it relies on, its flows and their findings.")
    String product;

    @Mixin
    CatalogOption catalogs;

    @Override
    public Integer call() throws IOException {
        Applicability applicability = catalogs.applicabilityOf(file, product, spec.commandLine().getErr());
        if (applicability == null) {
            return ExitCodes.USAGE;
        }
        AnalysisReportScope scope = product == null ? AnalysisReportScope.whole(applicability)
                : AnalysisReportScope.product(applicability, product);
        if (format == Format.json) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new AnalysisJsonWriter().write(scope, bytes);
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            new AnalysisTextWriter().write(scope, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
