package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Flow;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        Map<String, List<String>> productsByDevice = new HashMap<>();
        for (Product product : analysis.model().products()) {
            for (String device : product.devices()) {
                productsByDevice.computeIfAbsent(device, d -> new ArrayList<>()).add(product.id());
            }
        }
        Map<String, Set<String>> products = new HashMap<>();
        Map<String, Set<String>> customers = new HashMap<>();
        for (Flow flow : analysis.model().flows()) {
            record(analysis, flow.from(), flow.to(), productsByDevice, products, customers);
            if (flow.isBidirectional()) {
                record(analysis, flow.to(), flow.from(), productsByDevice, products, customers);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Component backend : analysis.model().components()) {
            Set<String> fromProducts = products.getOrDefault(backend.id(), Set.of());
            Set<String> fromCustomers = customers.getOrDefault(backend.id(), Set.of());
            if (fromProducts.size() > 1 || fromCustomers.size() > 1) {
                List<String> subjects = new ArrayList<>();
                subjects.add(backend.id());
                subjects.addAll(fromProducts);
                findings.add(new Finding(id(), Severity.WARNING, subjects, MembershipReasons.name(backend)
                        + " receives data from the devices of " + fromProducts.size() + " product(s) in "
                        + fromCustomers.size() + " customer environment(s); such centralised data is an attractive"
                        + " target, so limit what is aggregated and control access to it (CSWP 33, Remotely managed"
                        + " IoT product components and data centralization)."));
            }
        }
        return findings;
    }

    /** Notes that {@code sender}, if it is a device, sends data to {@code receiver}, if it is a backend. */
    private static void record(Analysis analysis, String sender, String receiver,
                               Map<String, List<String>> productsByDevice, Map<String, Set<String>> products,
                               Map<String, Set<String>> customers) {
        boolean fromDevice = analysis.model().component(sender).map(c -> c.kind() == ComponentKind.IOT_DEVICE)
                .orElse(false) || productsByDevice.containsKey(sender);
        boolean toBackend = analysis.model().component(receiver).map(c -> c.kind() == ComponentKind.BACKEND)
                .orElse(false);
        if (!fromDevice || !toBackend) {
            return;
        }
        products.computeIfAbsent(receiver, r -> new LinkedHashSet<>())
                .addAll(productsByDevice.getOrDefault(sender, List.of()));
        analysis.effectiveZone(sender).map(Zone::id)
                .ifPresent(zone -> customers.computeIfAbsent(receiver, r -> new LinkedHashSet<>()).add(zone));
    }
}
