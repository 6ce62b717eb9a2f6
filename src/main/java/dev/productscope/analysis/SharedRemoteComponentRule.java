package dev.productscope.analysis;

import dev.productscope.model.Component;
import java.util.ArrayList;
import java.util.List;

/** A remotely managed component in several products must keep their data sets apart (CSWP 33, Shared cloud backends). */
final class SharedRemoteComponentRule implements FindingRule {

    @Override
    public String id() {
        return "shared-remote-component";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Component component : analysis.model().components()) {
            if (analysis.locality(component.id()) != Locality.REMOTE) {
                continue;
            }
            List<String> products = analysis.productsOf(component.id());
            if (products.size() > 1) {
                List<String> subjects = new ArrayList<>();
                subjects.add(component.id());
                subjects.addAll(products);
                findings.add(new Finding(id(), Severity.WARNING, subjects, MembershipReasons.name(component)
                        + " is remotely managed and part of " + products.size() + " products ('"
                        + String.join("', '", products) + "'); isolate their data sets with access control"
                        + " between them and application-layer encryption keyed per product instance (CSWP 33,"
                        + " Shared cloud backends)."));
            }
        }
        return findings;
    }
}
