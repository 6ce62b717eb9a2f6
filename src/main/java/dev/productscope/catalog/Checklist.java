package dev.productscope.catalog;

import dev.productscope.analysis.Analysis;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A product's checklist: each technical outcome for each in-product component it applies to,
 * each product-wide outcome, then the stored assessments that no longer match an item, kept as
 * orphans so that no one's work is silently dropped.
 */
public record Checklist(String productId, String productName, List<ChecklistItem> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    public static Checklist of(Applicability applicability, String productId) {
        Analysis analysis = applicability.analysis();
        Model model = analysis.model();
        Product product = model.product(productId)
                .orElseThrow(() -> new IllegalArgumentException("no product '" + productId + "'"));
        Map<String, ChecklistEntry> stored = product.checklist();
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> live = new LinkedHashSet<>();
        for (String memberId : applicability.membersOf(productId)) {
            Component component = model.component(memberId).orElseThrow();
            for (AppliedOutcome applied : applicability.forComponentIn(component.id(), productId).outcomes()) {
                String key = ChecklistItem.key(applied.outcome().id(), component.id());
                live.add(key);
                items.add(new ChecklistItem(key, applied.outcome(), applied.outcome().id(), component.id(),
                        component.name(), stored.getOrDefault(key, NOT_ASSESSED), applied.reasons(), null));
            }
        }
        for (AppliedOutcome applied : applicability.forProduct(productId).outcomes()) {
            String key = applied.outcome().id();
            live.add(key);
            items.add(new ChecklistItem(key, applied.outcome(), key, null, null, stored.getOrDefault(key, NOT_ASSESSED),
                    applied.reasons(), null));
        }
        for (Map.Entry<String, ChecklistEntry> entry : stored.entrySet()) {
            if (!live.contains(entry.getKey())) {
                items.add(orphan(applicability.catalog(), analysis, productId, entry.getKey(), entry.getValue()));
            }
        }
        return new Checklist(productId, product.name(), items);
    }

    private static final ChecklistEntry NOT_ASSESSED = ChecklistEntry.of(ChecklistStatus.NOT_ASSESSED);

    private static ChecklistItem orphan(Catalog catalog, Analysis analysis, String productId, String key,
                                        ChecklistEntry entry) {
        int at = key.indexOf('@');
        String outcomeId = at < 0 ? key : key.substring(0, at);
        String componentId = at < 0 ? null : key.substring(at + 1);
        Outcome outcome = catalog.outcome(outcomeId).orElse(null);
        Optional<Component> component = componentId == null ? Optional.empty()
                : analysis.model().component(componentId);
        String reason;
        if (componentId != null && component.isEmpty()) {
            reason = "component '" + componentId + "' is no longer in the diagram";
        } else if (componentId != null && !analysis.isIn(componentId, productId)) {
            reason = "'" + component.get().name() + "' is no longer part of the product";
        } else if (outcome == null) {
            reason = "the active catalogs have no outcome '" + outcomeId + "'";
        } else {
            reason = "the catalog's rules no longer apply " + outcome.code() + " here";
        }
        return new ChecklistItem(key, outcome, outcomeId, componentId,
                component.map(Component::name).orElse(componentId), entry, List.of(), reason);
    }

    /** The items that are not orphans: what progress counts. */
    public List<ChecklistItem> liveItems() {
        return items.stream().filter(i -> !i.isOrphaned()).toList();
    }

    public List<ChecklistItem> orphans() {
        return items.stream().filter(ChecklistItem::isOrphaned).toList();
    }

    public Optional<ChecklistItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Assessed (and justified where the status asks for it) of all live items. */
    public Progress progress() {
        List<ChecklistItem> live = liveItems();
        int done = (int) live.stream().filter(i -> i.entry().isComplete()).count();
        return new Progress(done, live.size());
    }

    /** How many live items have each status. */
    public Map<ChecklistStatus, Integer> countsByStatus() {
        Map<ChecklistStatus, Integer> counts = new EnumMap<>(ChecklistStatus.class);
        for (ChecklistStatus status : ChecklistStatus.values()) {
            counts.put(status, 0);
        }
        liveItems().forEach(i -> counts.merge(i.entry().status(), 1, Integer::sum));
        return counts;
    }

    /** Live items whose status needs a justification that is missing. */
    public List<ChecklistItem> unjustified() {
        return liveItems().stream().filter(i -> i.entry().lacksJustification()).toList();
    }
}
