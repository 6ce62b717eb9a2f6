package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.Developer;
import java.util.ArrayList;
import java.util.List;

/**
 * A third party's component inside the product: the manufacturer should set cybersecurity
 * expectations with its supplier (CSWP 33, Roles supporting IoT product cybersecurity outcomes).
 */
final class ThirdPartyInProductRule implements FindingRule {

    @Override
    public String id() {
        return "third-party-component-in-product";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Component component : analysis.model().components()) {
            if (component.effectiveDeveloper() != Developer.THIRD_PARTY) {
                continue;
            }
            List<String> products = analysis.productsOf(component.id());
            if (!products.isEmpty()) {
                List<String> subjects = new ArrayList<>();
                subjects.add(component.id());
                subjects.addAll(products);
                findings.add(new Finding(id(), Severity.INFO, subjects, MembershipReasons.name(component)
                        + " is developed by a third party but is part of '" + String.join("', '", products)
                        + "'; agree cybersecurity expectations with its developer and assess it as a product"
                        + " component (CSWP 33, Roles supporting IoT product cybersecurity outcomes)."));
            }
        }
        return findings;
    }
}
