package dev.productscope.catalog;

import dev.productscope.model.ChecklistEntry;
import java.util.List;

/**
 * One line of a product's checklist: an outcome for one in-product component, or for the
 * product as a whole, with the team's assessment.
 *
 * @param key          the key the assessment is stored under in the model file
 * @param outcome      the catalog outcome, or {@code null} when the catalog no longer has it
 * @param outcomeId    the outcome id from the key
 * @param componentId  the component, or {@code null} for a product-wide item
 * @param entry        the assessment; "not assessed" when the team has said nothing yet
 * @param orphanReason why a stored assessment no longer matches an item, or {@code null}
 */
public record ChecklistItem(String key, Outcome outcome, String outcomeId, String componentId, String componentName,
                            ChecklistEntry entry, List<Reason> reasons, String orphanReason) {

    public ChecklistItem {
        reasons = List.copyOf(reasons);
    }

    public boolean isOrphaned() {
        return orphanReason != null;
    }

    /** What the item is about, for lists and reports: "DP-1a Stored data protected". */
    public String label() {
        return outcome == null ? outcomeId : outcome.label();
    }

    /** The component's name, or "Product" for a product-wide item. */
    public String subject() {
        return componentId == null ? "Product" : componentName;
    }

    public static String key(String outcomeId, String componentId) {
        return componentId == null ? outcomeId : outcomeId + "@" + componentId;
    }
}
