package dev.productscope.catalog;

/**
 * A named set of outcomes, such as NISTIR 8259A's device capabilities.
 *
 * @param reference the reference that defines the group, or {@code null}
 */
public record OutcomeGroup(String id, String title, GroupKind kind, String reference) {
}
