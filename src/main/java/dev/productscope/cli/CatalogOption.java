package dev.productscope.cli;

import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Catalog;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.FileProblem;
import dev.productscope.io.ModelFileException;
import dev.productscope.model.Model;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --catalog FILE}, repeatable: the user catalogs laid over the bundled one, shared by every command. */
final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog file laid over the bundled NIST"
            + " catalog, adding or replacing entries by id; repeat it to lay several, in order.")
    List<Path> files = new ArrayList<>();

    /** The catalog in force, or {@code null} after printing every problem of the file that does not load. */
    Catalog load(PrintWriter err) {
        try {
            return CatalogReader.withUserCatalogs(files);
        } catch (ModelFileException e) {
            for (FileProblem problem : e.problems()) {
                err.println(problem);
            }
            err.println("cannot use the catalog " + e.file() + ": it does not load (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem)" : " problems)"));
            return null;
        }
    }

    /**
     * The model of {@code file} analysed against the catalogs in force, or {@code null} after
     * printing why not: the file does not load, has no product {@code productId}, or a catalog does not load.
     */
    Applicability applicabilityOf(Path file, String productId, PrintWriter err) {
        Model model = ModelArgument.load(file, err);
        if (model == null || ModelArgument.lacksProduct(model, productId, file, err)) {
            return null;
        }
        Catalog catalog = load(err);
        return catalog == null ? null : new Applicability(catalog, Analyzer.analyze(model));
    }
}
