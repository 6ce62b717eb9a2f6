package dev.productscope.io;

import dev.productscope.catalog.ActivitiesProgress;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.Checklist;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Progress;
import dev.productscope.catalog.Reference;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a checklist export shows: for each product its checklist, both progress figures and
 * its activities answers, with the catalogs in force. Every format writes the same report.
 */
public record ChecklistReport(String modelName, Catalog catalog, List<ProductChecklist> products) {

    public ChecklistReport {
        products = List.copyOf(products);
    }

    /**
     * @param productId one product, or {@code null} for every product of the model
     * @throws IllegalArgumentException when the model has no such product
     */
    public static ChecklistReport of(Applicability applicability, String productId) {
        Catalog catalog = applicability.catalog();
        List<ProductChecklist> products = new ArrayList<>();
        for (Product product : applicability.analysis().model().products()) {
            if (productId == null || product.id().equals(productId)) {
                products.add(new ProductChecklist(product, Checklist.of(applicability, product.id()),
                        ActivitiesProgress.overall(catalog, product)));
            }
        }
        if (productId != null && products.isEmpty()) {
            throw new IllegalArgumentException("no product '" + productId + "'");
        }
        return new ChecklistReport(applicability.analysis().model().name(), catalog, products);
    }

    /** The informative references of the item's outcome, as the catalog knows them. */
    public List<Reference> references(ChecklistItem item) {
        if (item.outcome() == null) {
            return List.of();
        }
        return item.outcome().references().stream().map(catalog::reference).flatMap(Optional::stream).toList();
    }

    /** One product's part of the report. */
    public record ProductChecklist(Product product, Checklist checklist, Progress activitiesProgress) {

        /** The items component by component, then the product-wide items, then the orphans. */
        public List<Section> sections() {
            Map<String, List<ChecklistItem>> byComponent = new LinkedHashMap<>();
            List<ChecklistItem> productWide = new ArrayList<>();
            List<ChecklistItem> orphans = new ArrayList<>();
            for (ChecklistItem item : checklist.items()) {
                if (item.isOrphaned()) {
                    orphans.add(item);
                } else if (item.componentId() == null) {
                    productWide.add(item);
                } else {
                    byComponent.computeIfAbsent(item.componentId(), id -> new ArrayList<>()).add(item);
                }
            }
            List<Section> result = new ArrayList<>();
            byComponent.forEach((id, items) -> result.add(new Section(Section.Kind.COMPONENT, id,
                    items.get(0).componentName(), items)));
            if (!productWide.isEmpty()) {
                result.add(new Section(Section.Kind.PRODUCT, null, "Product as a whole", productWide));
            }
            if (!orphans.isEmpty()) {
                result.add(new Section(Section.Kind.ORPHANED, null, "Orphaned assessments", orphans));
            }
            return result;
        }
    }

    /**
     * A run of items under one heading.
     *
     * @param componentId the component of a {@link Kind#COMPONENT} section, else {@code null}
     */
    public record Section(Kind kind, String componentId, String title, List<ChecklistItem> items) {

        public enum Kind { COMPONENT, PRODUCT, ORPHANED }

        public Section {
            items = List.copyOf(items);
        }
    }
}
