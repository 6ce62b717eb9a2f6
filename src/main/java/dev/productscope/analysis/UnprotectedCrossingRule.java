package dev.productscope.analysis;

import dev.productscope.model.Flow;
import dev.productscope.model.Protection;
import java.util.ArrayList;
import java.util.List;

/**
 * Data between in-product components that crosses out-of-product equipment needs application-layer
 * protection with keys unique to the product instance (CSWP 33, Security flows from the top).
 */
final class UnprotectedCrossingRule implements FindingRule {

    @Override
    public String id() {
        return "unprotected-out-of-product-crossing";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (FlowRoute route : analysis.routes()) {
            if (!route.crossesOutOfProduct() || route.protection() == Protection.APPLICATION) {
                continue;
            }
            Flow flow = analysis.model().flow(route.flowId()).orElseThrow();
            List<String> subjects = new ArrayList<>();
            subjects.add(flow.id());
            subjects.addAll(route.outOfProduct());
            String label = flow.label() == null ? "" : " (" + flow.label() + ")";
            String products = String.join("', '", route.products());
            boolean none = route.protection() == Protection.NONE;
            findings.add(new Finding(id(), none ? Severity.ERROR : Severity.WARNING, subjects,
                    "Flow '" + flow.id() + "'" + label + " between '" + flow.from() + "' and '" + flow.to()
                            + "', both in product '" + products + "', crosses " + String.join(", ", quoted(route
                            .outOfProduct())) + " outside the product " + (none ? "unprotected" : "with transport"
                            + " protection only") + "; protect it end to end at the application layer with keys"
                            + " unique to the product instance (CSWP 33, Security flows from the top)."));
        }
        return findings;
    }

    private static List<String> quoted(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").toList();
    }
}
