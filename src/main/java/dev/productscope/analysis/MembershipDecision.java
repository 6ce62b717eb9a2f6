package dev.productscope.analysis;

import java.util.Objects;

/**
 * A component's membership in a product: the value, the rule that decided it and one sentence
 * saying why. When the user's toggle decided it (M0), {@code derived} holds what the rules alone
 * would have said; otherwise it is {@code null}.
 */
public record MembershipDecision(Membership value, MembershipRule rule, String reason, MembershipDecision derived) {

    public MembershipDecision {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isIn() {
        return value == Membership.IN;
    }

    /** Whether the user's toggle says something other than the rules would. */
    public boolean toggleDisagrees() {
        return derived != null && derived.value() != value
                && !(derived.value() == Membership.NONE && value == Membership.OUT);
    }
}
