package dev.productscope.analysis;

import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.List;

/** A user toggle that says otherwise than the rules is worth a second look, and a recorded reason. */
final class ToggleDisagreesRule implements FindingRule {

    @Override
    public String id() {
        return "toggle-disagrees";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Product product : analysis.model().products()) {
            for (String componentId : product.membership().keySet()) {
                if (analysis.model().component(componentId).isEmpty()) {
                    continue;
                }
                MembershipDecision decision = analysis.membership(componentId, product.id());
                if (decision.toggleDisagrees()) {
                    findings.add(new Finding(id(), Severity.INFO, List.of(componentId, product.id()),
                            "'" + componentId + "' is set " + (decision.isIn() ? "in '" : "out of '")
                                    + product.name() + "' by hand, but the rules say " + decision.derived().value().id()
                                    + ": "
                                    + decision.derived().reason() + " Keep the toggle only if the drawing misses"
                                    + " something, and record why."));
                }
            }
        }
        return findings;
    }
}
