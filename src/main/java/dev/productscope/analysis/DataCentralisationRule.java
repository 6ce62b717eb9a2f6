package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Flow;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A backend that gathers data from the devices of several products or customers is an attractive
 * target (CSWP 33, Remotely managed IoT product components and data centralization).
 */
final class DataCentralisationRule implements FindingRule {

    @Override
    public String id() {
        return "data-centralisation";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Component backend : analysis.model().components()) {
            if (backend.kind() != ComponentKind.BACKEND) {
                continue;
            }
            Set<String> products = new LinkedHashSet<>();
            Set<String> customers = new LinkedHashSet<>();
            for (Flow flow : analysis.model().flows()) {
                String device = deviceSending(flow, backend.id());
                if (device == null) {
                    continue;
                }
                for (Product product : analysis.model().products()) {
                    if (product.devices().contains(device)) {
                        products.add(product.id());
                    }
                }
                analysis.effectiveZone(device).map(Zone::id).ifPresent(customers::add);
            }
            if (products.size() > 1 || customers.size() > 1) {
                List<String> subjects = new ArrayList<>();
                subjects.add(backend.id());
                subjects.addAll(products);
                findings.add(new Finding(id(), Severity.WARNING, subjects, MembershipReasons.name(backend)
                        + " receives data from the devices of " + products.size() + " product(s) in "
                        + customers.size() + " customer environment(s); such centralised data is an attractive"
                        + " target, so limit what is aggregated and control access to it (CSWP 33, Remotely managed"
                        + " IoT product components and data centralization)."));
            }
        }
        return findings;
    }

    /** The device that sends data to the backend over this flow, or {@code null}. */
    private static String deviceSending(Flow flow, String backendId) {
        if (flow.to().equals(backendId)) {
            return flow.from();
        }
        return flow.from().equals(backendId) && flow.isBidirectional() ? flow.to() : null;
    }
}
