package dev.productscope.io;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Product;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an analysis report covers: the whole model, or one product with its components, the
 * equipment it relies on, its flows and the findings about them.
 */
public final class AnalysisReportScope {

    private final Analysis analysis;
    private final String productId;
    private final Set<String> ids = new HashSet<>();
    /** The product, its components and its flows: what a finding must name to be about the product. */
    private final Set<String> own = new HashSet<>();

    private AnalysisReportScope(Analysis analysis, String productId) {
        this.analysis = analysis;
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

    public static AnalysisReportScope whole(Analysis analysis) {
        return new AnalysisReportScope(analysis, null);
    }

    /** One product's part; throws {@link IllegalArgumentException} naming the product if there is none. */
    public static AnalysisReportScope product(Analysis analysis, String productId) {
        return new AnalysisReportScope(analysis, productId);
    }

    public Analysis analysis() {
        return analysis;
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
