package dev.productscope.cli;

import dev.productscope.catalog.Applicability;
import dev.productscope.io.ChecklistCsvWriter;
import dev.productscope.io.ChecklistJsonWriter;
import dev.productscope.io.ChecklistMarkdownWriter;
import dev.productscope.io.ChecklistReport;
import dev.productscope.io.ChecklistWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code checklist FILE [--product ID] [--format md|csv|json] [--catalog FILE]...}: each product's checklist. */
@Command(name = "checklist",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints each product's checklist: the outcomes that apply to each in-product component and"
                + " to the product as a whole, with the team's status, owner, justification and evidence, the"
                + " assessments that no longer match an item, and the NISTIR 8259 activities questionnaire.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:the file or a catalog does not load, the product does not exist,"
            + " or a usage error"})
final class ChecklistCommand implements Callable<Integer> {

    /** The formats, each with its writer: the one place a new format is registered. */
    enum Format {
        md(ChecklistMarkdownWriter::new), csv(ChecklistCsvWriter::new), json(ChecklistJsonWriter::new);

        private final Supplier<ChecklistWriter> writer;

        Format(Supplier<ChecklistWriter> writer) {
            this.writer = writer;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The model file (.json).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (Markdown), csv (one row per item) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--product", paramLabel = "ID", description = "Only this product (default: every product).")
    String product;

    @Mixin
    CatalogOption catalogs;

    @Override
    public Integer call() throws IOException {
        Applicability applicability = catalogs.applicabilityOf(file, product, spec.commandLine().getErr());
        if (applicability == null) {
            return ExitCodes.USAGE;
        }
        ChecklistReport report = ChecklistReport.of(applicability, product);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.writer.get().write(report, bytes);
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
