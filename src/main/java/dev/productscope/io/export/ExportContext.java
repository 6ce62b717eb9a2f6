package dev.productscope.io.export;

import dev.productscope.analysis.Analysis;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Catalog;
import dev.productscope.io.ProgramVersion;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything an export is made from: the model with its analysis and what the catalogs apply,
 * the diagram options, the product it is limited to, and when and by which version it is made.
 *
 * @param productId   the one product to export, or {@code null} for every product
 * @param generatedAt the time the title block and reports name; fixed in tests so output is repeatable
 */
public record ExportContext(Applicability applicability, ExportOptions options, String productId,
                            Instant generatedAt, String programVersion, ExportProgress progress) {

    public ExportContext {
        Objects.requireNonNull(applicability, "applicability");
        options = options == null ? ExportOptions.defaults() : options;
        Objects.requireNonNull(generatedAt, "generatedAt");
        programVersion = programVersion == null ? ProgramVersion.get() : programVersion;
        progress = progress == null ? ExportProgress.NONE : progress;
        if (productId != null && applicability.analysis().model().product(productId).isEmpty()) {
            throw new ExportException("the model has no product '" + productId + "'");
        }
    }

    /** Every product, default options, now, this program's version. */
    public static ExportContext of(Applicability applicability) {
        return new ExportContext(applicability, ExportOptions.defaults(), null, Instant.now(), null, null);
    }

    public ExportContext withOptions(ExportOptions newOptions) {
        return new ExportContext(applicability, newOptions, productId, generatedAt, programVersion, progress);
    }

    public ExportContext withProduct(String newProductId) {
        return new ExportContext(applicability, options, newProductId, generatedAt, programVersion, progress);
    }

    public ExportContext withProgress(ExportProgress newProgress) {
        return new ExportContext(applicability, options, productId, generatedAt, programVersion, newProgress);
    }

    public ExportContext at(Instant time) {
        return new ExportContext(applicability, options, productId, time, programVersion, progress);
    }

    public Model model() {
        return applicability.analysis().model();
    }

    public Analysis analysis() {
        return applicability.analysis();
    }

    public Catalog catalog() {
        return applicability.catalog();
    }

    /** The product chosen, or every product of the model. */
    public List<Product> products() {
        return productId == null ? model().products() : List.of(model().product(productId).orElseThrow());
    }

    /** The one product a per-product format is about: the chosen one, or the model's only product. */
    public Product singleProduct(String formatLabel) {
        if (productId != null) {
            return model().product(productId).orElseThrow();
        }
        if (model().products().size() == 1) {
            return model().products().get(0);
        }
        throw new ExportException(formatLabel + " is made for one product; the model has " + model().products().size()
                + " products, so choose one (" + String.join(", ", model().products().stream().map(Product::id)
                .toList()) + ")");
    }

    /** Reports progress and stops the export by throwing when the user has cancelled it. */
    public void step(double fraction, String step) {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
        progress.report(fraction, step);
    }
}
