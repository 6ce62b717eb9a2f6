package dev.productscope.cli;

import dev.productscope.catalog.Applicability;
import dev.productscope.io.export.ExportContext;
import dev.productscope.io.export.ExportException;
import dev.productscope.io.export.ExportFiles;
import dev.productscope.io.export.ExportFormat;
import dev.productscope.io.export.ExportOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export FILE --to OUT [--format F] [--product ID]}: the diagram, reports, checklists and interchange files. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes the model as an annotated diagram (PNG, SVG, PDF), a full report (HTML, PDF), a"
                + " checklist (Markdown, HTML, CSV, PDF), a CycloneDX BOM, an Open Threat Model, or the link and"
                + " flow graphs (GraphML, DOT). The format comes from OUT's ending (.png .svg .pdf .html .md .csv"
                + " .cdx.json .otm.json .graphml .dot) unless --format names it. The file is written whole or"
                + " not at all.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:the file or a catalog does not load, the product does not exist, the"
            + " format is unknown, or the export cannot be written"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The model file (.json).")
    Path file;

    @Option(names = "--to", paramLabel = "OUT", required = true, description = "The file to write.")
    Path target;

    @Option(names = "--format", paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}"
            + " (default: from OUT's ending).", completionCandidates = FormatIds.class)
    String format;

    @Option(names = "--product", paramLabel = "ID", description = "Only this product (needed for CycloneDX when"
            + " the model has several).")
    String product;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2", description = "PNG pixels per diagram unit,"
            + " 1 to 4 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--hide-boundary", paramLabel = "ID", description = "Do not draw this product's boundary;"
            + " repeatable.")
    List<String> hiddenBoundaries = new ArrayList<>();

    @Option(names = "--no-legend", description = "Leave the colour legend out of the diagram.")
    boolean noLegend;

    @Option(names = "--no-title", description = "Leave the title block out of the diagram.")
    boolean noTitle;

    @Option(names = "--no-findings-key", description = "Do not number the finding badges or list the findings"
            + " beside the diagram.")
    boolean noFindingsKey;

    @Mixin
    CatalogOption catalogs;

    /** The format ids, for the help text. */
    static final class FormatIds extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatIds() {
            super(ExportFormat.ids());
        }
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ExportFormat chosen = chooseFormat(err);
        if (chosen == null) {
            return ExitCodes.USAGE;
        }
        if (!(scale >= 1 && scale <= 4)) {
            err.println("--scale must be between 1 and 4, not " + scale);
            return ExitCodes.USAGE;
        }
        Applicability applicability = catalogs.applicabilityOf(file, product, err);
        if (applicability == null) {
            return ExitCodes.USAGE;
        }
        for (String hidden : hiddenBoundaries) {
            if (ModelArgument.lacksProduct(applicability.analysis().model(), hidden, file, err)) {
                return ExitCodes.USAGE;
            }
        }
        ExportOptions options = new ExportOptions(java.util.Set.copyOf(hiddenBoundaries), !noLegend, !noTitle,
                !noFindingsKey, scale);
        ExportContext context = new ExportContext(applicability, options, product, Instant.now(), null, null);
        try {
            ExportFiles.write(target, chosen, context);
        } catch (ExportException e) {
            err.println("cannot export " + file + " as " + chosen.id() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("wrote " + target + " (" + chosen.label() + ")");
        return ExitCodes.OK;
    }

    private ExportFormat chooseFormat(java.io.PrintWriter err) {
        if (format != null) {
            ExportFormat named = ExportFormat.byId(format).orElse(null);
            if (named == null) {
                err.println("unknown format '" + format + "'; the formats are: " + String.join(", ", ExportFormat.ids()));
            }
            return named;
        }
        ExportFormat byEnding = ExportFormat.forFile(target).orElse(null);
        if (byEnding == null) {
            err.println("cannot tell the format from '" + target.getFileName() + "'; end it with .png .svg .pdf .html"
                    + " .md .csv .cdx.json .otm.json .graphml or .dot, or give --format (" + String.join(", ",
                    ExportFormat.ids()) + ")");
        }
        return byEnding;
    }
}
