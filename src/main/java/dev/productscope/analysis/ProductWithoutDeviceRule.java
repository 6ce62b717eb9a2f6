package dev.productscope.analysis;

import dev.productscope.model.ComponentKind;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.List;

/** A product needs at least one IoT device: the product is anchored on it (CSWP 33). */
final class ProductWithoutDeviceRule implements FindingRule {

    @Override
    public String id() {
        return "product-without-device";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Product product : analysis.model().products()) {
            boolean hasDevice = product.devices().stream()
                    .anyMatch(d -> analysis.model().component(d).map(c -> c.kind() == ComponentKind.IOT_DEVICE)
                            .orElse(false));
            if (!hasDevice) {
                findings.add(new Finding(id(), Severity.ERROR, List.of(product.id()), "Product '" + product.name()
                        + "' has no IoT device; choose the device(s) it is built on, since an IoT product is a"
                        + " device plus the components needed to use it (CSWP 33, IoT product-system architecture"
                        + " considerations)."));
            }
        }
        return findings;
    }
}
