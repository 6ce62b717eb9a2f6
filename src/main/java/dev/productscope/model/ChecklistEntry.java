package dev.productscope.model;

import java.util.Objects;

/**
 * The user's assessment of one checklist item of a product.
 *
 * @param owner         who is responsible, or {@code null} when nobody is named yet
 * @param justification why the item is not applicable or not met; may be {@code null}
 * @param evidence      where the proof is (a document, a test report); may be {@code null}
 */
public record ChecklistEntry(ChecklistStatus status, OwnerRole owner, String justification, String evidence,
                             Extensions extensions) {

    public ChecklistEntry {
        Objects.requireNonNull(status, "status");
        justification = blankToNull(justification);
        evidence = blankToNull(evidence);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public ChecklistEntry(ChecklistStatus status, OwnerRole owner, String justification, String evidence) {
        this(status, owner, justification, evidence, Extensions.none());
    }

    public static ChecklistEntry of(ChecklistStatus status) {
        return new ChecklistEntry(status, null, null, null);
    }

    /** Whether the entry says something: a status other than not assessed, an owner or a note. */
    public boolean isEmpty() {
        return status == ChecklistStatus.NOT_ASSESSED && owner == null && justification == null && evidence == null
                && extensions.isEmpty();
    }

    /** Assessed, and justified where the status needs it. */
    public boolean isComplete() {
        return status != ChecklistStatus.NOT_ASSESSED && !(status.needsJustification() && justification == null);
    }

    public boolean lacksJustification() {
        return status.needsJustification() && justification == null;
    }

    public ChecklistEntry withStatus(ChecklistStatus newStatus) {
        return new ChecklistEntry(newStatus, owner, justification, evidence, extensions);
    }

    public ChecklistEntry withOwner(OwnerRole newOwner) {
        return new ChecklistEntry(status, newOwner, justification, evidence, extensions);
    }

    public ChecklistEntry withJustification(String text) {
        return new ChecklistEntry(status, owner, text, evidence, extensions);
    }

    public ChecklistEntry withEvidence(String text) {
        return new ChecklistEntry(status, owner, justification, text, extensions);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
