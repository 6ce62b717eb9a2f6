package dev.productscope.io;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Applicable;
import dev.productscope.catalog.Catalog;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Product;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an analysis report covers: the whole model, or one product with its components, the
 * equipment it relies on, its flows and the findings about them; and the catalog that says
 * which references, outcomes and notes apply.
 */
public final class AnalysisReportScope {

    private final Applicability applicability;
    private final Analysis analysis;
    private final String productId;
    private final Set<String> ids = new HashSet<>();
    /** The product, its components and its flows: what a finding must name to be about the product. */
    private final Set<String> own = new HashSet<>();

    private AnalysisReportScope(Applicability applicability, String productId) {
        this.applicability = applicability;
        this.analysis = applicability.analysis();
        this.productId = productId;
        if (productId != null) {
            ProductSummary summary = analysis.product(productId).orElseThrow(
                    () -> new IllegalArgumentException("no product '" + productId + "'"));
            own.add(productId);
            own.addAll(summary.components());
            for (Flow flow : analysis.model().flows()) {
                if (analysis.isIn(flow.from(), productId) || analysis.isIn(flow.to(), productId)) {
                    own.add(flow.id());
                }
            }
            ids.addAll(own);
            ids.addAll(summary.reliesOn());
        }
    }

    /** The whole model, with the bundled catalog. */
    public static AnalysisReportScope whole(Analysis analysis) {
        return whole(new Applicability(CatalogReader.bundled(), analysis));
    }

    public static AnalysisReportScope whole(Applicability applicability) {
        return new AnalysisReportScope(applicability, null);
    }

    /** One product's part, with the bundled catalog. */
    public static AnalysisReportScope product(Analysis analysis, String productId) {
        return product(new Applicability(CatalogReader.bundled(), analysis), productId);
    }

    /** One product's part; throws {@link IllegalArgumentException} naming the product if there is none. */
    public static AnalysisReportScope product(Applicability applicability, String productId) {
        return new AnalysisReportScope(applicability, productId);
    }

    public Analysis analysis() {
        return analysis;
    }

    public Catalog catalog() {
        return applicability.catalog();
    }

    /**
     * What applies to the component: across the model, or, for one product's report, as the
     * component stands in that product (in it, or relied on from outside).
     */
    public Applicable applicableTo(String componentId) {
        return productId == null ? applicability.forComponent(componentId)
                : applicability.forComponentIn(componentId, productId);
    }

    /** What applies to the component as it stands in the product. */
    public Applicable applicableIn(String componentId, String inProductId) {
        return applicability.forComponentIn(componentId, inProductId);
    }

    /** What applies to the product as a whole. */
    public Applicable applicableToProduct(String id) {
        return applicability.forProduct(id);
    }

    public List<Product> products() {
        return analysis.model().products().stream().filter(p -> productId == null || p.id().equals(productId))
                .toList();
    }

    public List<ProductSummary> summaries() {
        return analysis.products().stream().filter(p -> productId == null || p.id().equals(productId)).toList();
    }

    public List<Component> components() {
        return analysis.model().components().stream().filter(c -> productId == null || ids.contains(c.id()))
                .toList();
    }

    public List<FlowRoute> routes() {
        return analysis.routes().stream().filter(r -> productId == null || ids.contains(r.flowId())).toList();
    }

    public List<Finding> findings() {
        return analysis.findings().stream()
                .filter(f -> productId == null || f.subjects().stream().anyMatch(own::contains)).toList();
    }
}
